package yaowen.crawler.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * How HTTPS servers are trusted. Certificates are always verified (chain, validity, host name);
 * {@code trustedCertificates} adds PEM files of certificates trusted besides the JDK's CAs, for a
 * portal whose certificate is issued by a CA the JDK does not ship (some Chinese government CAs) or
 * is self-signed. An empty list means the JDK's CAs only.
 *
 * @param trustedCertificates PEM files, each holding one or more {@code BEGIN CERTIFICATE} blocks
 */
public record TlsOptions(List<Path> trustedCertificates) {
    /** The JDK's CAs only. */
    public static final TlsOptions DEFAULT = new TlsOptions(List.of());

    public TlsOptions {
        trustedCertificates = List.copyOf(trustedCertificates);
    }

    /**
     * The TLS context these options describe.
     *
     * @throws IOException naming the file, when a certificate file cannot be read or holds no certificate
     */
    public SSLContext sslContext() throws IOException {
        try {
            if (trustedCertificates.isEmpty()) {
                return SSLContext.getDefault();
            }
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int n = 0;
            for (X509Certificate ca : jdkTrustManager().getAcceptedIssuers()) {
                store.setCertificateEntry("jdk-" + n++, ca);
            }
            for (Path file : trustedCertificates) {
                for (Certificate c : read(file)) {
                    store.setCertificateEntry("extra-" + n++, c);
                }
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, tmf.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IOException("TLS setup failed: " + e.getMessage(), e);
        }
    }

    private static Collection<? extends Certificate> read(Path file) throws IOException {
        Collection<? extends Certificate> certs;
        try (InputStream in = Files.newInputStream(file)) {
            certs = CertificateFactory.getInstance("X.509").generateCertificates(in);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IOException("trusted certificate file " + file + " does not exist", e);
        } catch (GeneralSecurityException e) {
            throw new IOException("trusted certificate file " + file + " is not PEM certificates: " + e.getMessage(), e);
        }
        if (certs.isEmpty()) {
            throw new IOException("trusted certificate file " + file + " holds no certificate");
        }
        return new ArrayList<>(certs);
    }

    private static X509TrustManager jdkTrustManager() throws GeneralSecurityException {
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init((KeyStore) null);
        for (TrustManager tm : tmf.getTrustManagers()) {
            if (tm instanceof X509TrustManager x) {
                return x;
            }
        }
        throw new GeneralSecurityException("no X.509 trust manager in the JDK");
    }
}
