package org.partnershipledger.web;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An identity provider for tests, on a local port: it publishes its discovery document and its public key
 * (JWKS), signs tokens with a key generated here and exchanges authorization codes the test announced
 * for ID tokens, so no token or key ever leaves the test.
 */
final class TestIdentityProvider implements AutoCloseable {

    static final String AUDIENCE = "partnership-ledger";
    static final String KEY_ID = "test-key";

    private final HttpServer server;
    private final RSAKey key;
    private final String issuer;
    private final Map<String, String> idTokensByCode = new ConcurrentHashMap<>();

    private TestIdentityProvider(HttpServer server, RSAKey key) {
        this.server = server;
        this.key = key;
        this.issuer = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    static TestIdentityProvider start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        TestIdentityProvider provider = new TestIdentityProvider(server, newKey());
        server.createContext("/.well-known/openid-configuration", provider::discovery);
        server.createContext("/jwks", provider::keys);
        server.createContext("/token", provider::tokens);
        server.start();
        return provider;
    }

    /** A fresh RSA key under the same key id as the provider's, for tokens the provider did not sign. */
    static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048).keyID(KEY_ID).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    String issuer() {
        return issuer;
    }

    /** A token as the provider issues it for the user of that name, valid for five minutes. */
    Token token(String username) {
        Instant now = Instant.now();
        return new Token(new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(UUID.randomUUID().toString())
                .claim("preferred_username", username)
                .audience(AUDIENCE)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5)))));
    }

    /** The next exchange of this authorization code at the token endpoint answers with this ID token. */
    void willExchange(String code, String idToken) {
        idTokensByCode.put(code, idToken);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void discovery(HttpExchange exchange) throws IOException {
        respond(
                exchange,
                """
                {"issuer": "%1$s", "authorization_endpoint": "%1$s/authorize", "token_endpoint": "%1$s/token",
                 "userinfo_endpoint": "%1$s/userinfo", "jwks_uri": "%1$s/jwks",
                 "response_types_supported": ["code"], "subject_types_supported": ["public"],
                 "id_token_signing_alg_values_supported": ["RS256"]}"""
                        .formatted(issuer));
    }

    private void keys(HttpExchange exchange) throws IOException {
        respond(exchange, new JWKSet(key.toPublicJWK()).toString());
    }

    private void tokens(HttpExchange exchange) throws IOException {
        String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String code = Arrays.stream(form.split("&"))
                .filter(parameter -> parameter.startsWith("code="))
                .map(parameter -> URLDecoder.decode(parameter.substring(5), StandardCharsets.UTF_8))
                .findFirst()
                .orElse("");
        String idToken = idTokensByCode.remove(code);
        if (idToken == null) {
            respond(exchange, 400, "{\"error\": \"invalid_grant\"}");
            return;
        }
        respond(
                exchange,
                """
                {"access_token": "access-%s", "token_type": "Bearer", "expires_in": 300, "scope": "openid",
                 "id_token": "%s"}"""
                        .formatted(code, idToken));
    }

    private static void respond(HttpExchange exchange, String json) throws IOException {
        respond(exchange, 200, json);
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** A token's claims, to change before signing. */
    final class Token {
        private final JWTClaimsSet.Builder claims;

        private Token(JWTClaimsSet.Builder claims) {
            this.claims = claims;
        }

        Token claim(String name, Object value) {
            claims.claim(name, value);
            return this;
        }

        Token issuer(String other) {
            claims.issuer(other);
            return this;
        }

        Token audience(String other) {
            claims.audience(other);
            return this;
        }

        Token subject(String subject) {
            claims.subject(subject);
            return this;
        }

        Token expiredAgo(Duration ago) {
            Instant expiry = Instant.now().minus(ago);
            claims.issueTime(Date.from(expiry.minus(Duration.ofMinutes(5)))).expirationTime(Date.from(expiry));
            return this;
        }

        /** Signed with the provider's key, as a token of that provider. */
        String signed() {
            return signedWith(key);
        }

        String signedWith(RSAKey signingKey) {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(signingKey.getKeyID())
                            .type(JOSEObjectType.JWT)
                            .build(),
                    claims.build());
            try {
                jwt.sign(new RSASSASigner(signingKey));
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
            return jwt.serialize();
        }
    }
}
