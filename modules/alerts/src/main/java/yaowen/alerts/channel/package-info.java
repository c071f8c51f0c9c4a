/**
 * Alert channels: each an {@link yaowen.alerts.AlertDispatcher} speaking its vendor's format — WeCom,
 * DingTalk and Feishu robots (with their signing), e-mail over SMTP with STARTTLS, the generic signed
 * webhook, the console — built by {@link yaowen.alerts.channel.Channels} from the settings in
 * {@link yaowen.alerts.channel.ChannelKeys}. The Chinese text they send is made once
 * ({@link yaowen.alerts.channel.AlertMessage}) and laid out per medium ({@link yaowen.alerts.channel.AlertText}).
 * Secrets come from the config or environment variables ({@link yaowen.alerts.channel.Secrets}) and are masked
 * in every failure message ({@link yaowen.alerts.channel.Redactor}).
 */
package yaowen.alerts.channel;
