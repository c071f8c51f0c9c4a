package yaowen.alerts.channel;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import yaowen.alerts.AlertDispatcher;
import yaowen.alerts.DispatchException;
import yaowen.records.MeetingAlert;

/**
 * E-mail over SMTP with Jakarta Mail (implemented by Eclipse Angus): one message per alert to every
 * recipient, subject = the alert's heading, body = plain text and HTML alternatives ({@link AlertText}), all
 * UTF-8. With {@code startTls} (the default) the connection must switch to TLS before anything else is sent
 * (mail.smtp.starttls.required), and the server's certificate and host name are checked; the password is
 * therefore never sent in the clear. A refusal, a timeout or an I/O error is a {@link DispatchException}
 * without the password. Thread-safe: each alert opens its own connection.
 */
public final class EmailDispatcher implements AlertDispatcher {
    /**
     * Where and how to send.
     *
     * @param trust hosts whose certificate is trusted without a CA (Jakarta Mail's mail.smtp.ssl.trust,
     *              space-separated), for an internal server with a self-signed certificate; empty = the JVM's
     *              trust store decides
     */
    public record Smtp(String host, int port, Optional<String> user, Optional<String> password, String from,
                       List<String> to, boolean startTls, Optional<String> trust, Duration timeout) {
        public Smtp {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(from, "from");
            to = List.copyOf(to);
            if (to.isEmpty()) {
                throw new IllegalArgumentException("an e-mail channel needs at least one recipient");
            }
        }
    }

    private final String name;
    private final Smtp smtp;
    private final Clock clock;
    private final Session session;
    private final InternetAddress from;
    private final InternetAddress[] to;
    private final Redactor redactor;

    EmailDispatcher(String name, Smtp smtp, Clock clock) {
        this.name = Objects.requireNonNull(name, "name");
        this.smtp = smtp;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.session = Session.getInstance(properties(smtp));
        this.redactor = Redactor.of(null, smtp.password().orElse(null));
        try {
            this.from = new InternetAddress(smtp.from(), true);
            this.to = new InternetAddress[smtp.to().size()];
            for (int i = 0; i < to.length; i++) {
                to[i] = new InternetAddress(smtp.to().get(i), true);
            }
        } catch (AddressException e) {
            throw new IllegalArgumentException("channel " + name + ": not an e-mail address: " + e.getRef());
        }
    }

    static Properties properties(Smtp smtp) {
        Properties p = new Properties();
        String ms = Long.toString(smtp.timeout().toMillis());
        p.setProperty("mail.smtp.host", smtp.host());
        p.setProperty("mail.smtp.port", Integer.toString(smtp.port()));
        p.setProperty("mail.smtp.connectiontimeout", ms);
        p.setProperty("mail.smtp.timeout", ms);
        p.setProperty("mail.smtp.writetimeout", ms);
        p.setProperty("mail.smtp.auth", Boolean.toString(smtp.user().isPresent()));
        p.setProperty("mail.smtp.starttls.enable", Boolean.toString(smtp.startTls()));
        p.setProperty("mail.smtp.starttls.required", Boolean.toString(smtp.startTls()));
        p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
        smtp.trust().ifPresent(t -> p.setProperty("mail.smtp.ssl.trust", t));
        p.setProperty("mail.mime.charset", StandardCharsets.UTF_8.name());
        return p;
    }

    @Override
    public void dispatch(MeetingAlert alert) {
        AlertMessage m = AlertMessage.of(alert);
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(from);
            message.setRecipients(Message.RecipientType.TO, to);
            message.setSubject(AlertText.truncate(m.heading(), 400), "UTF-8");
            message.setSentDate(Date.from(clock.instant()));
            MimeBodyPart text = new MimeBodyPart();
            text.setText(AlertText.text(m), "UTF-8", "plain");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(AlertText.html(m), "UTF-8", "html");
            message.setContent(new MimeMultipart("alternative", text, html));
            if (smtp.user().isPresent()) {
                Transport.send(message, smtp.user().get(), smtp.password().orElse(""));
            } else {
                Transport.send(message);
            }
        } catch (MessagingException e) {
            throw new DispatchException(name, alert.getMeetingKey(), "cannot send e-mail through " + smtp.host() + ":"
                    + smtp.port() + ": " + redactor.scrub(reason(e)), null);
        }
    }

    /** The innermost reason, on one line. */
    private static String reason(Exception e) {
        Throwable t = e;
        StringBuilder s = new StringBuilder();
        while (t != null) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                s.append(s.length() == 0 ? "" : "; ").append(t.getMessage().strip().replaceAll("\\s+", " "));
            }
            t = t.getCause() == t ? null : t.getCause();
        }
        return s.length() == 0 ? e.getClass().getSimpleName() : s.toString();
    }

    @Override
    public String name() {
        return name;
    }
}
