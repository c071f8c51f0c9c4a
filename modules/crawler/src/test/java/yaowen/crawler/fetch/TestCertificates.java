package yaowen.crawler.fetch;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Certificates made for a test with BouncyCastle: a CA, server certificates it signs, self-signed ones. */
public final class TestCertificates {
    private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis());

    /** A key and its certificate chain, leaf first. */
    public record Identity(PrivateKey key, X509Certificate... chain) {
        /** A server-side TLS context presenting this identity. */
        public SSLContext serverContext() throws GeneralSecurityException, IOException {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            char[] password = "test".toCharArray();
            store.setKeyEntry("server", key, password, chain);
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(store, password);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(kmf.getKeyManagers(), null, null);
            return context;
        }

        public X509Certificate certificate() {
            return chain[0];
        }
    }

    private TestCertificates() {
    }

    /** A certificate authority valid from an hour ago for a day. */
    public static Identity authority(String name) throws GeneralSecurityException, IOException {
        return selfIssued(name, new Extension(Extension.basicConstraints, true, new BasicConstraints(true).getEncoded()),
                new Extension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign).getEncoded()));
    }

    /** A server certificate for {@code dnsName} signed by {@code issuer}, valid between the given instants. */
    public static Identity server(String dnsName, Identity issuer, Instant notBefore, Instant notAfter)
            throws GeneralSecurityException {
        KeyPair keys = keys();
        try {
            JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(issuer.certificate(), serial(),
                    Date.from(notBefore), Date.from(notAfter), new X500Name("CN=" + dnsName), keys.getPublic());
            b.addExtension(Extension.subjectAlternativeName, false,
                    new GeneralNames(new GeneralName(GeneralName.dNSName, dnsName)));
            return new Identity(keys.getPrivate(), sign(b, issuer.key()), issuer.certificate());
        } catch (org.bouncycastle.cert.CertIOException e) {
            throw new GeneralSecurityException(e);
        }
    }

    /** A server certificate for {@code dnsName} signed by {@code issuer}, valid from an hour ago for a day. */
    public static Identity server(String dnsName, Identity issuer) throws GeneralSecurityException {
        Instant now = Instant.now();
        return server(dnsName, issuer, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(1)));
    }

    /** A self-signed server certificate for {@code dnsName}, as an intranet portal might have. */
    public static Identity selfSigned(String dnsName) throws GeneralSecurityException, IOException {
        return selfIssued(dnsName, new Extension(Extension.subjectAlternativeName, false,
                new GeneralNames(new GeneralName(GeneralName.dNSName, dnsName)).getEncoded()));
    }

    private static Identity selfIssued(String name, Extension... extensions) throws GeneralSecurityException {
        KeyPair keys = keys();
        Instant now = Instant.now();
        X500Name subject = new X500Name("CN=" + name);
        try {
            JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(subject, serial(),
                    Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(Duration.ofDays(1))), subject,
                    keys.getPublic());
            for (Extension e : extensions) {
                b.addExtension(e);
            }
            return new Identity(keys.getPrivate(), sign(b, keys.getPrivate()));
        } catch (IOException e) {
            throw new GeneralSecurityException(e);
        }
    }

    /** Writes {@code certificate} as a PEM file in {@code dir}. */
    public static Path pem(Path dir, String name, Certificate certificate) throws IOException, GeneralSecurityException {
        String base64 = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(certificate.getEncoded());
        Path file = dir.resolve(name + ".pem");
        Files.writeString(file, "-----BEGIN CERTIFICATE-----\n" + base64 + "\n-----END CERTIFICATE-----\n",
                StandardCharsets.US_ASCII);
        return file;
    }

    private static KeyPair keys() throws GeneralSecurityException {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(256);
        return g.generateKeyPair();
    }

    private static BigInteger serial() {
        return BigInteger.valueOf(SERIAL.incrementAndGet());
    }

    private static X509Certificate sign(JcaX509v3CertificateBuilder b, PrivateKey key) throws GeneralSecurityException {
        try {
            return new JcaX509CertificateConverter().getCertificate(b.build(
                    new JcaContentSignerBuilder("SHA256withECDSA").build(key)));
        } catch (org.bouncycastle.operator.OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
    }
}
