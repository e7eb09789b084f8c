import { Component, OnInit, Renderer2, Inject } from '@angular/core';
import { DOCUMENT } from '@angular/common';

@Component({
  selector: 'app-chat',
  template: `<div id="__8x8-chat-button-container-script_0123456789abcdef01234567.89012345"></div>`,
})
export class ChatComponent implements OnInit {
  constructor(private renderer: Renderer2, @Inject(DOCUMENT) private document: Document) {}

  ngOnInit(): void {
    (window as any).__8x8Chat = {
      uuid: 'script_0123456789abcdef01234567.89012345',
      tenant: 'ZXhhbXBsZTAx',
      channel: 'Angular Portal',
      channelUuid: 'Ab3ULjXFQx-unSA6ebdW8A',
      domain: 'https://vcc-na7.8x8.com',
      path: '/.',
      buttonContainerId: '__8x8-chat-button-container-script_0123456789abcdef01234567.89012345',
      align: 'right',
      onInit: (bus: any): void => {
        bus.publish('chat:set-variables', { _portal: 'customer', _tier: 'gold' });
      },
    } as const;

    const se: HTMLScriptElement = this.renderer.createElement('script');
    se.type = 'text/javascript';
    se.async = true;
    se.src = (window as any).__8x8Chat.domain + (window as any).__8x8Chat.path + '/CHAT/common/js/chat.js';
    this.renderer.appendChild(this.document.body, se);
  }
}
