import { useEffect } from "react";

const CONTAINER_ID =
  "__8x8-chat-button-container-script_0123456789abcdef01234567.89012345";

// The 8x8 chat button; mounted once in the app's layout.
export default function ChatWidget({ customer }) {
  useEffect(() => {
    window.__8x8Chat = {
      uuid: "script_0123456789abcdef01234567.89012345",
      tenant: "ZXhhbXBsZTAx",
      channel: "Online Store",
      domain: "https://vcc-na7.8x8.com",
      path: "/.",
      buttonContainerId: "__8x8-chat-button-container-script_0123456789abcdef01234567.89012345",
      align: "right",
      onInit: (bus) => {
        bus.publish("chat:set-language", "de");
        bus.publish("customer:set-info", { "Plan": "Premium", "Store": "Berlin" });
        bus.publish("customer:set-info", { "Email": customer.email });
        window.bus = bus;
      },
    };

    const se = document.createElement("script");
    se.type = "text/javascript";
    se.async = true;
    se.src = window.__8x8Chat.domain + window.__8x8Chat.path + "/CHAT/common/js/chat.js";
    document.body.appendChild(se);
    return () => {
      document.body.removeChild(se);
    };
  }, [customer]);

  return <div id={CONTAINER_ID} style={{ minHeight: 60 }} />;
}
