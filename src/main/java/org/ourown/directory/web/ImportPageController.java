package org.ourown.directory.web;

import java.io.IOException;
import org.ourown.directory.DirectoryEditing;
import org.ourown.directory.ImportRejected;
import org.ourown.shared.Rejected;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.json.JsonMapper;

/** The network admin's upload page for HSDS data, with the problem report when a file is rejected. */
@Controller
class ImportPageController {

    private final DirectoryEditing editing;
    private final JsonMapper json;

    ImportPageController(DirectoryEditing editing, JsonMapper json) {
        this.editing = editing;
        this.json = json;
    }

    @GetMapping("/network/directory-import")
    String form() {
        return "directory/import";
    }

    @PostMapping("/network/directory-import")
    String upload(@RequestParam("file") MultipartFile file, Model model) throws IOException {
        String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
        try {
            byte[] bytes = file.getBytes();
            var imported = name.endsWith(".zip")
                    ? editing.importDatapackage(bytes, null)
                    : editing.importDocuments(name, DirectoryImportApi.documents(json, bytes), null);
            model.addAttribute("imported", imported.size());
        } catch (ImportRejected e) {
            model.addAttribute("problems", e.problems());
        } catch (Rejected e) {
            model.addAttribute("fileError", e.messageKey());
        }
        return "directory/import";
    }
}
