package org.ourown.members.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.ourown.members.ConsentView;
import org.ourown.members.ContactMethod;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The two parts of the export this module's core keeps: what the member said about themselves, and their consents. */
@Configuration(proxyBeanMethods = false)
class ProfileAndConsentsExport {

    static final String PRINT = "members/my-data-parts :: ";

    /** The membership as the member gave it; nothing here is hidden from them. */
    record Profile(
            String organization,
            String alias,
            String pronouns,
            String preferredLanguage,
            ContactMethod contactMethod,
            String contactDetail,
            Instant joinedAt) {}

    @Bean
    MemberDataExport profileExport(RecordAccess access) {
        return member -> new MemberDataExport.ExportPart(
                "profile",
                10,
                new Profile(
                        access.organizationName(member),
                        member.alias(),
                        member.pronouns(),
                        member.preferredLanguage(),
                        member.contactMethod(),
                        member.contactDetail(),
                        member.joinedAt()),
                PRINT + "profile");
    }

    @Bean
    MemberDataExport consentsExport(RecordAccess access, ConsentRows consents) {
        return member -> {
            LocalDate today = access.today(member);
            List<ConsentView> views = consents.of(member.id()).stream()
                    .map(row -> row.view(today))
                    .toList();
            return new MemberDataExport.ExportPart("consents", 20, views, PRINT + "consents");
        };
    }
}
