package org.ourown.members;

import jakarta.validation.constraints.Size;

/** The roadmap's "about me": both optional, in the member's words. */
public record AboutMe(
        @Size(max = 2000, message = "{roadmap.text.tooLong}")
        String strengths,

        @Size(max = 2000, message = "{roadmap.text.tooLong}")
        String whatHelps) {

    public static AboutMe blank() {
        return new AboutMe(null, null);
    }
}
