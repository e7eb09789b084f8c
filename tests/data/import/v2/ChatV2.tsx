import { useEffect } from "react";

declare global {
  interface Window {
    chatApp?: unknown;
  }
}

type ChatApp = {
  setCustomerInfo(info: Record<string, string | number | boolean>): ChatApp;
  setCustomerLanguage(language: string): ChatApp;
};

// The Configuration Manager's v2 snippet, moved into the app shell's effect.
export function ChatV2(): JSX.Element {
  useEffect(() => {
    (function (c: unknown, f?: (chatApp: ChatApp) => void, ef?: (e: Event) => void) {
      const typeofC = Object.prototype.toString.call(c);
      const props: Record<string, string> = (typeofC === "[object Object]" && (c as Record<string, string>)) || {};
      const cb = f || (typeofC === "[object Function]" && c);
      const config = {
        scriptUuid: "script_fedcba9876543210fedcba98.76543210",
        tenant: "ZXhhbXBsZTAy",
        channelName: "Web Chat",
        channelUuid: "Cq7VnRgTfW-axBE9pzLm2Q",
        domain: "https://vcc-eu4.8x8.com",
        buttonContainerId: "__8x8-chat-button-container-script_fedcba9876543210fedcba98.76543210",
        align: "right",
      };
      const url = new URL("https://cloud8-cc-geo.8x8.com/vcc-chat-channels/public/webchat/discovery");
      url.search = new URLSearchParams({ domain: config.domain, tenant: config.tenant, channelUuid: config.channelUuid }).toString();
      fetch(url)
        .then((response) => response.json())
        .then((data) => (config.domain = !data.domain ? config.domain : data.domain))
        .catch((error) => console.warn("Failed to retrieve override domain, will continue using ", config.domain, error))
        .finally(() => loadChat());

      function loadChat(): void {
        const se = document.createElement("script");
        se.type = "text/javascript";
        se.async = true;
        se.src = props.loaderURL || config.domain + "/CHAT/common/js/chatv3.js";
        Object.keys(config).forEach((k) => { se.dataset[k] = (config as Record<string, string>)[k]; });
        se.addEventListener("init", (e: Event) => { (e as CustomEvent).detail.init(config, cb); });
        se.addEventListener("customerror", (e: Event) => { if (ef) { ef(e); } });
        document.body.appendChild(se);
      }
    })((chatApp: ChatApp) => {
      chatApp.setCustomerInfo({ "Plan": "Business" }).setCustomerLanguage("pt-BR");
      window.chatApp = chatApp;
    });
  }, []);

  return <div id="__8x8-chat-button-container-script_fedcba9876543210fedcba98.76543210" />;
}
