<?php $chat = northwind_chat_settings(); ?>
<div id="__8x8-chat-button-container-<?= esc_attr( $chat['uuid'] ) ?>"></div>
<script type="text/javascript">
    var __8x8Chat = {
        uuid: "<?= esc_js( $chat['uuid'] ) ?>",
        tenant: "ZXhhbXBsZTAx",
        channel: "<?php echo esc_js( $chat['channel'] ); ?>",
        domain: "https://vcc-na7.8x8.com",
        path: "/.",
        buttonContainerId: "__8x8-chat-button-container-script_0123456789abcdef01234567.89012345",
        align: "right"
    };
</script>
