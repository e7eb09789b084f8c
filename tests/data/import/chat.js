import React from "react"

// Gatsby: src/components/chat.js, rendered by the site's Layout.
class EightByEightChat extends React.Component {
  componentDidMount() {
    if (typeof window === "undefined" || window.__8x8Chat) {
      return
    }
    window.__8x8Chat = {
      uuid: "script_0123456789abcdef01234567.89012345",
      tenant: "ZXhhbXBsZTAx",
      channel: "Gatsby Site",
      domain: "https://vcc-na7.8x8.com",
      path: "/.",
      buttonContainerId: "__8x8-chat-button-container-script_0123456789abcdef01234567.89012345",
      align: "left",
    }
    const se = document.createElement("script")
    se.type = "text/javascript"
    se.async = true
    se.src = `${window.__8x8Chat.domain}${window.__8x8Chat.path}/CHAT/common/js/chat.js`
    const os = document.getElementsByTagName("script")[0]
    os.parentNode.insertBefore(se, os)
  }

  render() {
    return (
      <div
        id="__8x8-chat-button-container-script_0123456789abcdef01234567.89012345"
        className="chat-button"
      />
    )
  }
}

export default EightByEightChat
