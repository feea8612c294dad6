package org.ourown.warmline.web;

import java.security.SecureRandom;
import java.util.Base64;

/** 32 random bytes, base64url: a returning token nobody can guess. */
final class RandomTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomTokens() {}

    static String next() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
