<?php
/**
 * The template for displaying the footer (theme: northwind).
 *
 * @package northwind
 */
?>
	</div><!-- #content -->

	<footer id="colophon" class="site-footer">
		<div class="site-info">
			&copy; <?php echo date( 'Y' ); ?> <?php echo esc_html( get_bloginfo( 'name' ) ); ?>
		</div>
	</footer>
</div><!-- #page -->

<?php if ( ! is_admin() ) : ?>
<div id="__8x8-chat-button-container-script_0123456789abcdef01234567.89012345"></div>
<script type="text/javascript">
    var __8x8Chat = {
        uuid: "script_0123456789abcdef01234567.89012345",
        tenant: "ZXhhbXBsZTAx",
        channel: "Shop",
        channelUuid: "Ab3ULjXFQx-unSA6ebdW8A",
        domain: "https://vcc-na7.8x8.com",
        path: "/.",
        buttonContainerId: "__8x8-chat-button-container-script_0123456789abcdef01234567.89012345",
        align: "right",
        stylesheetURL: "https://shop.example.com/wp-content/themes/northwind/chat.css"
    };
    (function() {
        var se = document.createElement("script");
        se.type = "text/javascript";
        se.async = true;
        se.src = __8x8Chat.domain + __8x8Chat.path + "/CHAT/common/js/chat.js";
        var os = document.getElementsByTagName("script")[0];
        os.parentNode.insertBefore(se, os);
    })();
</script>
<?php endif; ?>

<?php wp_footer(); ?>

</body>
</html>
