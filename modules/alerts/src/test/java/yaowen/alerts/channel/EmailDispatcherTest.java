package yaowen.alerts.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.subethamail.smtp.auth.EasyAuthenticationHandlerFactory;
import org.subethamail.smtp.auth.LoginFailedException;
import org.subethamail.smtp.server.SMTPServer;
import org.subethamail.wiser.Wiser;
import yaowen.alerts.AlertDispatcher;
import yaowen.alerts.DispatchException;
import yaowen.settings.Values;

/**
 * E-mail against a real SMTP server started in the test (SubEthaSMTP's Wiser) that requires STARTTLS before
 * MAIL and a login, presenting a self-signed certificate for localhost.
 */
class EmailDispatcherTest {
    private static final String PASSWORD = "s3cret-smtp-password";
    private static SSLContext tls;
    private final List<String> logins = new CopyOnWriteArrayList<>();
    private Wiser wiser;

    @BeforeAll
    static void certificate() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        KeyPair keys = generator.generateKeyPair();
        Instant now = Instant.now();
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(new X500Name("CN=localhost"),
                BigInteger.valueOf(now.toEpochMilli()), Date.from(now.minus(1, ChronoUnit.HOURS)),
                Date.from(now.plus(1, ChronoUnit.DAYS)), new X500Name("CN=localhost"), keys.getPublic());
        builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName(GeneralName.dNSName, "localhost")));
        X509Certificate cert = new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("smtp", keys.getPrivate(), "test".toCharArray(), new X509Certificate[] {cert});
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(store, "test".toCharArray());
        tls = SSLContext.getInstance("TLS");
        tls.init(kmf.getKeyManagers(), null, null);
    }

    private void startServer(boolean offerTls) {
        SMTPServer.Builder builder = SMTPServer.port(0).hostName("localhost")
                .authenticationHandlerFactory(new EasyAuthenticationHandlerFactory((user, password, context) -> {
                    if (!PASSWORD.equals(password)) {
                        throw new LoginFailedException();
                    }
                    logins.add(user);
                }));
        if (offerTls) {
            builder.enableTLS().requireTLS().startTlsSocketFactory(tls);
        }
        wiser = Wiser.create(builder);
        wiser.start();
    }

    @AfterEach
    void stop() {
        if (wiser != null) {
            wiser.stop();
        }
    }

    private AlertDispatcher email() {
        Values v = Values.none().with(ChannelKeys.SMTP_HOST, "localhost")
                .with(ChannelKeys.SMTP_PORT, wiser.getServer().getPortAllocated())
                .with(ChannelKeys.SMTP_USER, "yaowen").with(ChannelKeys.SMTP_PASSWORD, "${ENV:SMTP_PASSWORD}")
                .with(ChannelKeys.SMTP_FROM, "要闻 <yaowen@example.com>").with(ChannelKeys.SMTP_TO, List.of("team@example.com", "boss@example.com"))
                .with(ChannelKeys.SMTP_TRUST, "localhost");
        return Channels.create("mail", ChannelType.EMAIL, v, Map.of("SMTP_PASSWORD", PASSWORD)::get,
                Clock.fixed(Instant.parse("2025-01-20T09:30:00Z"), ZoneOffset.UTC));
    }

    @Test
    void sendsAChineseMessageInTextAndHtmlOverStartTls() throws Exception {
        startServer(true);

        email().dispatch(Meetings.plenary());

        assertThat(logins).containsExactly("yaowen");
        assertThat(wiser.getMessages()).extracting(m -> m.getEnvelopeReceiver())
                .containsExactlyInAnyOrder("team@example.com", "boss@example.com");
        MimeMessage message = wiser.getMessages().get(0).getMimeMessage();
        assertThat(message.getSubject()).isEqualTo("【新会议】" + Meetings.NAME);
        assertThat(message.getHeader("Subject")[0]).startsWith("=?UTF-8?");
        assertThat(message.getFrom()[0].toString()).contains("yaowen@example.com");
        MimeMultipart parts = (MimeMultipart) message.getContent();
        assertThat(parts.getContentType()).startsWith("multipart/alternative");
        assertThat(parts.getBodyPart(0).getContentType()).containsIgnoringCase("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat((String) parts.getBodyPart(0).getContent()).contains("地区：测试省样例市新城区")
                .contains("· 生产总值：目标增长 6.5%（2025）｜ 2024 年实际增长 5.9%");
        assertThat(parts.getBodyPart(1).getContentType()).containsIgnoringCase("text/html").containsIgnoringCase("charset=UTF-8");
        assertThat((String) parts.getBodyPart(1).getContent()).contains("<a href=\"" + Meetings.URL + "\">查看原文</a>");
    }

    @Test
    void refusesToSendWhenTheServerOffersNoStartTls() {
        startServer(false);
        AlertDispatcher email = email();

        assertThatThrownBy(() -> email.dispatch(Meetings.plenary()))
                .isInstanceOf(DispatchException.class)
                .hasMessageContaining("mail could not deliver")
                .hasMessageContaining("cannot send e-mail through localhost:")
                .hasMessageContaining("STARTTLS")
                .hasMessageNotContaining(PASSWORD);
        assertThat(logins).isEmpty();
        assertThat(wiser.getMessages()).isEmpty();
    }
}
