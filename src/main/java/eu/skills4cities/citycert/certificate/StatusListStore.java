package eu.skills4cities.citycert.certificate;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The one owner of the status list tables ({@code status_list}, {@code certificate_status_entry},
 * Flyway V21): the bitstrings, each credential's place in them, and the signed list as last
 * published. Bits are set and cleared in SQL, in the caller's transaction, so the bit changes
 * with the register's status or not at all.
 */
@Repository
public class StatusListStore {

    /** The bits of one list: W3C's minimum, 131 072 entries (16 KiB). */
    public static final int LIST_SIZE = 131_072;

    private final JdbcClient jdbc;

    StatusListStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A credential's place in one list. */
    public record Entry(String purpose, int listNumber, int index) {
    }

    /** A list as stored. */
    public record StoredList(String purpose, int listNumber, byte[] bits, String credential, Instant updatedAt) {
    }

    /**
     * The list new entries of this purpose go to, locked until the transaction ends: the newest
     * one while it is less than half full (so a set bit stays one among many), else a new one.
     */
    public int openList(String purpose, Instant now) {
        Optional<int[]> newest = jdbc.sql("""
                        SELECT list_number, allocated FROM status_list WHERE purpose = :purpose
                         ORDER BY list_number DESC LIMIT 1 FOR UPDATE""")
                .param("purpose", purpose).query((rs, n) -> new int[]{rs.getInt(1), rs.getInt(2)}).optional();
        if (newest.isPresent() && newest.get()[1] < LIST_SIZE / 2) {
            return newest.get()[0];
        }
        int next = newest.map(list -> list[0] + 1).orElse(1);
        jdbc.sql("""
                        INSERT INTO status_list (purpose, list_number, bits, updated_at)
                        VALUES (:purpose, :number, decode(repeat('00', :bytes), 'hex'), :now)
                        ON CONFLICT DO NOTHING""")
                .param("purpose", purpose).param("number", next).param("bytes", LIST_SIZE / 8)
                .param("now", utc(now)).update();
        return jdbc.sql("SELECT list_number FROM status_list WHERE purpose = :purpose AND list_number = :number FOR UPDATE")
                .param("purpose", purpose).param("number", next).query(Integer.class).single();
    }

    /** Takes this place for the certificate if it is free; false when another credential has it. */
    public boolean claim(UUID certificateId, Entry entry) {
        boolean claimed = jdbc.sql("""
                        INSERT INTO certificate_status_entry (certificate_id, purpose, list_number, list_index)
                        VALUES (:certificate, :purpose, :number, :index) ON CONFLICT DO NOTHING""")
                .param("certificate", certificateId).param("purpose", entry.purpose())
                .param("number", entry.listNumber()).param("index", entry.index()).update() > 0;
        if (claimed) {
            jdbc.sql("UPDATE status_list SET allocated = allocated + 1 WHERE purpose = :purpose AND list_number = :number")
                    .param("purpose", entry.purpose()).param("number", entry.listNumber()).update();
        }
        return claimed;
    }

    /** The certificate's places, if its credential has any (credentials signed before lists existed have none). */
    public List<Entry> entries(UUID certificateId) {
        return jdbc.sql("""
                        SELECT purpose, list_number, list_index FROM certificate_status_entry
                         WHERE certificate_id = :certificate ORDER BY purpose""")
                .param("certificate", certificateId)
                .query((rs, n) -> new Entry(rs.getString(1), rs.getInt(2), rs.getInt(3))).list();
    }

    /**
     * Sets or clears the certificate's bit in its list of this purpose, and locks that list for
     * the caller to re-sign; empty when the certificate has no entry of this purpose.
     */
    public Optional<Entry> setBit(UUID certificateId, String purpose, boolean value, Instant now) {
        Optional<Entry> entry = entries(certificateId).stream().filter(e -> e.purpose().equals(purpose)).findFirst();
        entry.ifPresent(e -> jdbc.sql("""
                        UPDATE status_list
                           SET bits = set_bit(bits, :bit, :value), updated_at = :now
                         WHERE purpose = :purpose AND list_number = :number""")
                .param("bit", pgBit(e.index()))
                .param("value", value ? 1 : 0).param("now", utc(now))
                .param("purpose", purpose).param("number", e.listNumber()).update());
        return entry;
    }

    /** One bit of a list, read in SQL (the list's 16 KiB stay in the database); empty when there is no such list. */
    public Optional<Boolean> bit(String purpose, int listNumber, int index) {
        return jdbc.sql("""
                        SELECT get_bit(bits, :bit) = 1 FROM status_list
                         WHERE purpose = :purpose AND list_number = :number""")
                .param("bit", pgBit(index)).param("purpose", purpose).param("number", listNumber)
                .query(Boolean.class).optional();
    }

    public Optional<StoredList> list(String purpose, int listNumber) {
        return jdbc.sql("""
                        SELECT purpose, list_number, bits, credential, updated_at FROM status_list
                         WHERE purpose = :purpose AND list_number = :number""")
                .param("purpose", purpose).param("number", listNumber)
                .query((rs, n) -> new StoredList(rs.getString(1), rs.getInt(2), rs.getBytes(3), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class).toInstant()))
                .optional();
    }

    public void savePublished(String purpose, int listNumber, String credential) {
        jdbc.sql("UPDATE status_list SET credential = :credential WHERE purpose = :purpose AND list_number = :number")
                .param("credential", credential).param("purpose", purpose).param("number", listNumber).update();
    }

    /** PostgreSQL numbers the bits of a byte from the least significant; the W3C list from the most. */
    private static int pgBit(int index) {
        return (index / 8) * 8 + 7 - index % 8;
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
