package org.ourown.members.web;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ourown.members.MyData;
import org.ourown.members.MyData.MyDataPart;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The member takes everything about them away: as a JSON file, or as a page to print. */
@Controller
class MyDataController {

    private final MyData myData;
    private final Clock clock;

    MyDataController(MyData myData, Clock clock) {
        this.myData = myData;
        this.clock = clock;
    }

    @GetMapping("/me/export")
    String page(Model model) {
        model.addAttribute("parts", myData.export());
        model.addAttribute(
                "exportedAt",
                java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                        .withZone(java.time.ZoneOffset.UTC)
                        .format(clock.instant()));
        return "members/export";
    }

    @GetMapping(value = "/me/export.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> json() {
        Map<String, Object> body = body(myData.export(), clock.instant());
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("my-record.json")
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .contentType(MediaType.APPLICATION_JSON)
                .body(body);
    }

    /** The JSON export: when, then each part under its name, in order. */
    static Map<String, Object> body(List<MyDataPart> parts, java.time.Instant at) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("exportedAt", at);
        for (MyDataPart part : parts) {
            body.put(part.name(), part.data());
        }
        return body;
    }
}
