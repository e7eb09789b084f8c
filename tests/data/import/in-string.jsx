import Script from "next/script";

// The snippet pasted into a string, which Next.js's <Script> below injects and runs as a script.
const CHAT_SNIPPET = `
  window.__8x8Chat = {
    uuid: "script_0123456789abcdef01234567.89012345",
    tenant: "ZXhhbXBsZTAx",
    channel: "Customer Support",
    domain: "https://vcc-na7.8x8.com",
    path: "/.",
    buttonContainerId: "__8x8-chat-button-container-script_0123456789abcdef01234567.89012345",
    align: "right"
  };
`;

export default function Chat() {
  return (
    <>
      <div id="__8x8-chat-button-container-script_0123456789abcdef01234567.89012345" />
      <Script id="chat-settings" dangerouslySetInnerHTML={{ __html: CHAT_SNIPPET }} />
      <Script src="https://vcc-na7.8x8.com/CHAT/common/js/chat.js" strategy="lazyOnload" />
    </>
  );
}
