package org.ourown.warmline.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.ourown.warmline.LineId;
import org.ourown.warmline.LineSettings;
import org.ourown.warmline.LineSettingsView;
import org.ourown.warmline.LineView;
import org.ourown.warmline.Lines;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Coordinators and admins set up their organization's lines over JSON; another organization's line is 404. */
@RestController
@RequestMapping("/api/warmline/settings/lines")
class WarmlineLinesApi {

    private final Lines lines;

    WarmlineLinesApi(Lines lines) {
        this.lines = lines;
    }

    @GetMapping
    List<LineView> mine() {
        return lines.mine();
    }

    @GetMapping("/{id}")
    LineSettingsView settings(@PathVariable LineId id) {
        return lines.settings(id);
    }

    /** A taken web address is a 400 problem naming {@code slug}; invalid settings name each field. */
    @PostMapping
    ResponseEntity<LineSettingsView> create(@Valid @RequestBody LineSettings settings) {
        LineId id = lines.create(settings);
        return ResponseEntity.created(URI.create("/api/warmline/settings/lines/" + id))
                .body(lines.settings(id));
    }

    @PutMapping("/{id}")
    LineSettingsView update(@PathVariable LineId id, @Valid @RequestBody LineSettings settings) {
        lines.update(id, settings);
        return lines.settings(id);
    }
}
