package org.ourown.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TotpCodesTests {

    /** The RFC 6238 appendix B secret for SHA-1, "12345678901234567890", in base32. */
    private static final String RFC_SECRET = Base32.encode("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @Test
    void matchesTheRfc6238TestVectors() {
        // RFC 6238 gives 8 digits; the 6-digit code is its last six.
        assertThat(TotpCodes.code(RFC_SECRET, TotpCodes.step(Instant.ofEpochSecond(59))))
                .isEqualTo("287082");
        assertThat(TotpCodes.code(RFC_SECRET, TotpCodes.step(Instant.ofEpochSecond(1111111109))))
                .isEqualTo("081804");
        assertThat(TotpCodes.code(RFC_SECRET, TotpCodes.step(Instant.ofEpochSecond(1234567890))))
                .isEqualTo("005924");
        assertThat(TotpCodes.code(RFC_SECRET, TotpCodes.step(Instant.ofEpochSecond(20000000000L))))
                .isEqualTo("353130");
    }

    @Test
    void acceptsTheNeighbouringStepsButNotOlderOnes() {
        Instant now = Instant.ofEpochSecond(1_700_000_000L);
        long step = TotpCodes.step(now);
        assertThat(TotpCodes.match(RFC_SECRET, TotpCodes.code(RFC_SECRET, step - 1), now, -1))
                .hasValue(step - 1);
        assertThat(TotpCodes.match(RFC_SECRET, TotpCodes.code(RFC_SECRET, step + 1), now, -1))
                .hasValue(step + 1);
        assertThat(TotpCodes.match(RFC_SECRET, TotpCodes.code(RFC_SECRET, step - 2), now, -1))
                .isEmpty();
    }

    @Test
    void aCodeWorksOnlyOnce() {
        Instant now = Instant.ofEpochSecond(1_700_000_000L);
        long step = TotpCodes.step(now);
        String code = TotpCodes.code(RFC_SECRET, step);
        assertThat(TotpCodes.match(RFC_SECRET, code, now, step - 1)).hasValue(step);
        assertThat(TotpCodes.match(RFC_SECRET, code, now, step)).isEmpty();
    }

    @Test
    void refusesMalformedCodes() {
        Instant now = Instant.now();
        assertThat(TotpCodes.match(RFC_SECRET, null, now, -1)).isEmpty();
        assertThat(TotpCodes.match(RFC_SECRET, "12345", now, -1)).isEmpty();
        assertThat(TotpCodes.match(RFC_SECRET, "abcdef", now, -1)).isEmpty();
    }

    @Test
    void toleratesSpacesInTypedCodes() {
        Instant now = Instant.ofEpochSecond(1_700_000_000L);
        String code = TotpCodes.code(RFC_SECRET, TotpCodes.step(now));
        assertThat(TotpCodes.match(RFC_SECRET, code.substring(0, 3) + " " + code.substring(3), now, -1))
                .isPresent();
    }

    @Test
    void base32RoundTripsAndMatchesRfc4648() {
        assertThat(Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        assertThat(new String(Base32.decode("MZXW6YTBOI"), StandardCharsets.US_ASCII))
                .isEqualTo("foobar");
        String secret = TotpCodes.newSecret();
        assertThat(secret).matches("[A-Z2-7]{32}");
        assertThat(Base32.encode(Base32.decode(secret))).isEqualTo(secret);
    }
}
