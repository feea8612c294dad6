package org.ourown.accounts;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.List;
import org.ourown.tenancy.TenancyCases;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

@Component
class AccountsTenancyCases implements TenancyCases {

    @Override
    public List<Case> cases() {
        return List.of(
                Case.notFound(
                        "GET",
                        "/admin/staff/{id}",
                        t -> get("/admin/staff/{id}", t.otherPeer().id())),
                Case.notFound(
                        "POST",
                        "/admin/staff/{id}/roles",
                        t -> post("/admin/staff/{id}/roles", t.otherPeer().id()).param("roles", "ADMIN")),
                Case.notFound(
                        "POST",
                        "/admin/staff/{id}/enabled",
                        t -> post("/admin/staff/{id}/enabled", t.otherAdmin().id())
                                .param("enabled", "false")),
                Case.notFound(
                        "GET",
                        "/api/staff/{id}",
                        t -> get("/api/staff/{id}", t.otherPeer().id())),
                Case.notFound(
                        "PUT",
                        "/api/staff/{id}/roles",
                        t -> put("/api/staff/{id}/roles", t.otherPeer().id())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"roles\":[\"ADMIN\"]}")),
                Case.notFound("GET", "/api/organizations/{id}", t -> get("/api/organizations/{id}", t.other())),
                Case.forbidden(
                        "GET", "/network/organizations/{id}", t -> get("/network/organizations/{id}", t.other())),
                Case.forbidden(
                        "POST",
                        "/network/organizations/{id}/accounts",
                        t -> post("/network/organizations/{id}/accounts", t.other())
                                .param("email", "intruder@example.test")
                                .param("displayName", "Intruder")
                                .param("password", "intruder-password")
                                .param("roles", "ADMIN")));
    }
}
