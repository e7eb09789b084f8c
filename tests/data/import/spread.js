import { baseChat } from "./chat-defaults";

window.__8x8Chat = {
  ...baseChat,
  uuid: "script_0123456789abcdef01234567.89012345",
  channel: "Returns",
  align: window.innerWidth < 600 ? "left" : "right",
};
