package org.ourown.warmline.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ourown.warmline.BlockId;
import org.ourown.warmline.BlockView;
import org.ourown.warmline.ChatId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Blocks of visitors, by the hash of their browser's token, for every line of one organization. */
@Repository
class BlockRows {

    private static final String VIEW =
            "select b.*, l.name as line_name from warmline.block b" + " left join warmline.line l on l.id = b.line_id";

    private final JdbcClient jdbc;

    BlockRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Row(BlockId id, UUID organization, BlockView view) {}

    void insert(BlockId id, ChatRows.Row chat, String reason, Instant until, UUID by, String byName, Instant at) {
        jdbc.sql("insert into warmline.block (id, organization_id, visitor_hash, chat_id, line_id, reason, until,"
                        + " created_at, created_by, created_by_name)"
                        + " values (:id, :o, :v, :c, :l, :r, :u, :at, :by, :name)")
                .param("id", id.value())
                .param("o", chat.organization())
                .param("v", chat.visitorHash())
                .param("c", chat.id().value())
                .param("l", chat.line().value())
                .param("r", reason)
                .param("u", until == null ? null : Timestamp.from(until))
                .param("at", Timestamp.from(at))
                .param("by", by)
                .param("name", byName)
                .update();
    }

    /** Whether a block keeps this visitor out of the organization's lines at that moment. */
    boolean inForce(UUID organization, String visitorHash, Instant at) {
        return jdbc.sql("select exists (select 1 from warmline.block where organization_id = :o"
                        + " and visitor_hash = :v and lifted_at is null and (until is null or until > :at))")
                .param("o", organization)
                .param("v", visitorHash)
                .param("at", Timestamp.from(at))
                .query(Boolean.class)
                .single();
    }

    List<BlockView> current(UUID organization, Instant at) {
        return jdbc.sql(VIEW + " where b.organization_id = :o and b.lifted_at is null"
                        + " and (b.until is null or b.until > :at) order by b.created_at desc")
                .param("o", organization)
                .param("at", Timestamp.from(at))
                .query((rs, n) -> view(rs))
                .list();
    }

    Optional<Row> find(BlockId id) {
        return jdbc.sql(VIEW + " where b.id = :id")
                .param("id", id.value())
                .query((rs, n) -> new Row(id, rs.getObject("organization_id", UUID.class), view(rs)))
                .optional();
    }

    /** False when it was already lifted. */
    boolean lift(BlockId id, UUID by, Instant at) {
        return jdbc.sql("update warmline.block set lifted_at = :at, lifted_by = :by where id = :id"
                                + " and lifted_at is null")
                        .param("id", id.value())
                        .param("by", by)
                        .param("at", Timestamp.from(at))
                        .update()
                > 0;
    }

    private static BlockView view(ResultSet rs) throws SQLException {
        UUID chat = rs.getObject("chat_id", UUID.class);
        return new BlockView(
                new BlockId(rs.getObject("id", UUID.class)),
                chat == null ? null : new ChatId(chat),
                rs.getString("line_name"),
                rs.getString("reason"),
                ChatRows.instant(rs, "created_at"),
                rs.getString("created_by_name"),
                ChatRows.instant(rs, "until"),
                ChatRows.instant(rs, "lifted_at"));
    }
}
