package org.ourown.members.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.ourown.members.ConsentRequest;
import org.ourown.members.ConsentView;
import org.ourown.members.Consents;
import org.ourown.members.Enrolled;
import org.ourown.members.MemberProfile;
import org.ourown.members.MemberRecord;
import org.ourown.members.MemberSummary;
import org.ourown.members.Members;
import org.ourown.members.MembershipId;
import org.ourown.members.MyMembership;
import org.ourown.members.Purpose;
import org.ourown.shared.NotFound;
import org.ourown.shared.Paging;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Membership and consents over JSON, through the same facades and checks as the pages. */
@RestController
@RequestMapping("/api")
class MembersApi {

    private final Members members;
    private final Consents consents;

    MembersApi(Members members, Consents consents) {
        this.members = members;
        this.consents = consents;
    }

    @GetMapping("/members")
    Paging<MemberSummary> search(
            @RequestParam(defaultValue = "") String search,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "50") int size) {
        return members.search(search, page, size);
    }

    @PostMapping("/members")
    @ResponseStatus(HttpStatus.CREATED)
    Enrolled enrol(@Valid @RequestBody MemberProfile profile) {
        return members.enrol(profile);
    }

    /** The purpose is required: it goes on the audit trail and into the member's access log. */
    @GetMapping("/members/{id}")
    MemberRecord open(@PathVariable UUID id, @RequestParam Purpose purpose) {
        return members.open(new MembershipId(id), purpose);
    }

    @GetMapping("/me/membership")
    MyMembership mine() {
        return members.mine().orElseThrow(() -> new NotFound("membership"));
    }

    @PutMapping("/me/membership")
    MyMembership updateMine(@Valid @RequestBody MemberProfile profile) {
        return members.updateMine(profile);
    }

    @GetMapping("/me/consents")
    List<ConsentView> myConsents() {
        return consents.mine();
    }

    @PostMapping("/me/consents")
    @ResponseStatus(HttpStatus.CREATED)
    ConsentView grant(@Valid @RequestBody ConsentRequest request) {
        return consents.grant(request);
    }

    @PostMapping("/me/consents/{id}/revoke")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable UUID id) {
        consents.revoke(id);
    }
}
