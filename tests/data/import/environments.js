// chat.js of the storefront: one bundle for the test and the production site
const isProduction = window.location.hostname === "shop.example.com";

window.__8x8Chat = isProduction
  ? {
      uuid: "script_0123456789abcdef01234567.89012345",
      tenant: "ZXhhbXBsZTAx",
      channel: "Shop",
      domain: "https://vcc-na7.8x8.com",
      path: "/.",
      buttonContainerId: "__8x8-chat-button-container-script_0123456789abcdef01234567.89012345",
      align: "right",
    }
  : {
      uuid: "script_abcdef0123456789abcdef01.23456789",
      tenant: "ZXhhbXBsZTAx",
      channel: "Shop (test)",
      domain: "https://vcc-na7.8x8.com",
      path: "/.",
      buttonContainerId: "__8x8-chat-button-container-script_abcdef0123456789abcdef01.23456789",
      align: "right",
    };
