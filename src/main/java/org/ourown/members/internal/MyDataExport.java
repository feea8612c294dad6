package org.ourown.members.internal;

import java.util.Comparator;
import java.util.List;
import org.ourown.members.MyData;
import org.ourown.shared.PersonalDataAccessed.Action;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Puts the export together from every {@link MemberDataExport} there is, so that nothing is left out. */
@Service
@Transactional
class MyDataExport implements MyData {

    static final String RECORD = "member-export";

    private final RecordAccess access;
    private final List<MemberDataExport> parts;

    MyDataExport(RecordAccess access, List<MemberDataExport> parts) {
        this.access = access;
        this.parts = parts;
    }

    @Override
    public List<MyDataPart> export() {
        MembershipRow me = access.own();
        List<MyDataPart> all = parts.stream()
                .map(part -> part.export(me))
                .sorted(Comparator.comparingInt(MemberDataExport.ExportPart::order)
                        .thenComparing(MemberDataExport.ExportPart::name))
                .map(p -> new MyDataPart(p.name(), p.order(), p.data(), p.printFragment()))
                .toList();
        access.audit(me, RECORD, Action.EXPORT, null);
        return all;
    }
}
