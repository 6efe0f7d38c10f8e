package io.invoiceocr.document;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes {@code ocr_document}. Staging is one set-based statement per batch (arrays
 * through {@code unnest}) so that a chunk of hundreds of events costs two round trips, and it is
 * idempotent: an object version that is already staged is reported as a duplicate, never
 * inserted twice. A newer upload for a staged document id replaces the older one.
 */
@Repository
public class OcrDocumentRepository {

	private static final String STAGE_SQL = """
			INSERT INTO ocr_document (id, bucket, object_key, version_id, etag, size_bytes, content_type,
			                          source, event_time, source_message_id, ocr_status)
			SELECT d.id, d.bucket, d.object_key, d.version_id, d.etag, d.size_bytes, d.content_type,
			       d.source, d.event_time::timestamptz, d.source_message_id, 'PENDING'
			FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::bigint[], ?::text[],
			            ?::text[], ?::text[], ?::text[])
			     AS d(id, bucket, object_key, version_id, etag, size_bytes, content_type, source, event_time,
			          source_message_id)
			ON CONFLICT DO NOTHING
			RETURNING id
			""";

	private static final String AUDIT_STAGED_SQL = """
			INSERT INTO ocr_status_transition (document_id, from_status, to_status, reason, job_execution_id)
			SELECT id, NULL, 'PENDING', ?, ? FROM unnest(?::text[]) AS t(id)
			""";

	static final String SELECT_COLUMNS = """
			SELECT id, bucket, object_key, version_id, etag, size_bytes, content_type, source, ocr_status,
			       attempts, error, event_time, object_removed_at, created_at, updated_at
			FROM ocr_document
			""";

	private final JdbcTemplate jdbc;

	private final DocumentReopener reopener;

	public OcrDocumentRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.reopener = new DocumentReopener(jdbc);
	}

	/**
	 * Stages documents as PENDING with one audit row each, in the caller's transaction.
	 * @param jobExecutionId the staging run, or {@code null} outside a batch run
	 */
	public StagingResult stage(List<NewDocument> documents, Long jobExecutionId) {
		if (documents.isEmpty()) {
			return StagingResult.empty();
		}
		Set<String> insertedIds = new HashSet<>(insert(documents));
		if (!insertedIds.isEmpty()) {
			audit(insertedIds, jobExecutionId);
		}
		List<NewDocument> staged = new ArrayList<>();
		List<NewDocument> notInserted = new ArrayList<>();
		for (NewDocument document : documents) {
			// The same document twice in one batch: the first is staged, the second is a duplicate.
			if (insertedIds.remove(document.id())) {
				staged.add(document);
			}
			else {
				notInserted.add(document);
			}
		}
		return classifyNotInserted(staged, notInserted, jobExecutionId);
	}

	private List<String> insert(List<NewDocument> documents) {
		return jdbc.execute((Connection con) -> {
			try (PreparedStatement ps = con.prepareStatement(STAGE_SQL)) {
				ps.setArray(1, array(con, "text", documents, NewDocument::id));
				ps.setArray(2, array(con, "text", documents, NewDocument::bucket));
				ps.setArray(3, array(con, "text", documents, NewDocument::objectKey));
				ps.setArray(4, array(con, "text", documents, NewDocument::versionId));
				ps.setArray(5, array(con, "text", documents, NewDocument::etag));
				ps.setArray(6, array(con, "bigint", documents, NewDocument::sizeBytes));
				ps.setArray(7, array(con, "text", documents, NewDocument::contentType));
				ps.setArray(8, array(con, "text", documents, d -> d.source().name()));
				// ISO-8601 with offset: a java.sql.Timestamp in an array is sent as local time without
				// one, which shifts instants in a JVM whose zone has daylight saving time.
				ps.setArray(9, array(con, "text", documents, d -> d.eventTime() == null ? null : d.eventTime().toString()));
				ps.setArray(10, array(con, "text", documents, NewDocument::sourceMessageId));
				List<String> ids = new ArrayList<>(documents.size());
				try (ResultSet rs = ps.executeQuery()) {
					while (rs.next()) {
						ids.add(rs.getString(1));
					}
				}
				return ids;
			}
		});
	}

	private void audit(Collection<String> documentIds, Long jobExecutionId) {
		jdbc.execute((Connection con) -> {
			try (PreparedStatement ps = con.prepareStatement(AUDIT_STAGED_SQL)) {
				ps.setString(1, "staged");
				ps.setObject(2, jobExecutionId);
				ps.setArray(3, con.createArrayOf("text", documentIds.toArray()));
				return ps.executeUpdate();
			}
		});
	}

	/**
	 * A document that was not inserted has either its object version staged already (a duplicate),
	 * or its id staged with another object: then the newer upload wins. Uploads are ordered by
	 * event time (S3's event time, or LastModified for a listing).
	 */
	private StagingResult classifyNotInserted(List<NewDocument> staged, List<NewDocument> notInserted,
			Long jobExecutionId) {
		if (notInserted.isEmpty()) {
			return new StagingResult(staged, List.of(), List.of(), List.of());
		}
		// One query for the rows these ids have; a redelivered chunk is all duplicates and must stay cheap.
		Map<String, OcrDocument> existingById = findByIds(notInserted.stream().map(NewDocument::id).toList()).stream()
			.collect(Collectors.toMap(OcrDocument::id, Function.identity()));
		List<NewDocument> duplicates = new ArrayList<>();
		List<StagingResult.Reupload> reuploads = new ArrayList<>();
		List<NewDocument> superseded = new ArrayList<>();
		for (NewDocument document : notInserted) {
			OcrDocument existing = existingById.get(document.id());
			if (existing == null || sameUpload(existing, document) || stagedUnderAnotherId(document)) {
				// Same upload again, or this object version is staged under another id already.
				duplicates.add(document);
			}
			else if (newer(document, existing) && reopener.reopen(existing, document, jobExecutionId)) {
				reuploads.add(new StagingResult.Reupload(document, existing.objectUri(), existing.status()));
				// a later upload of the same document in this batch compares with the reopened row
				findById(document.id()).ifPresent(reopened -> existingById.put(reopened.id(), reopened));
			}
			else {
				superseded.add(document);
			}
		}
		return new StagingResult(staged, duplicates, reuploads, superseded);
	}

	/**
	 * The same object version; for an unversioned key, also the same content (ETag), since an
	 * overwrite of the key is a new upload.
	 */
	private static boolean sameUpload(OcrDocument existing, NewDocument document) {
		boolean sameVersion = existing.bucket().equals(document.bucket())
				&& existing.objectKey().equals(document.objectKey())
				&& Objects.equals(existing.versionId(), document.versionId());
		if (!sameVersion) {
			return false;
		}
		return document.versionId() != null || existing.etag() == null || document.etag() == null
				|| existing.etag().equals(document.etag());
	}

	private boolean stagedUnderAnotherId(NewDocument document) {
		return findByObject(document.bucket(), document.objectKey(), document.versionId())
			.filter(other -> !other.id().equals(document.id()))
			.isPresent();
	}

	private static boolean newer(NewDocument document, OcrDocument existing) {
		return existing.eventTime() == null
				|| (document.eventTime() != null && document.eventTime().isAfter(existing.eventTime()));
	}

	/** Marks staged versions of a removed object so that processing can say why the object is gone. */
	public int markObjectRemoved(String bucket, String objectKey, String versionId, Instant removedAt) {
		String sql = "UPDATE ocr_document SET object_removed_at = ?, updated_at = now() "
				+ "WHERE bucket = ? AND object_key = ? AND (?::text IS NULL OR version_id = ?) AND object_removed_at IS NULL";
		return jdbc.update(sql, timestamp(removedAt == null ? Instant.now() : removedAt), bucket, objectKey,
				versionId, versionId);
	}

	public Optional<OcrDocument> findById(String id) {
		return jdbc.query(SELECT_COLUMNS + " WHERE id = ?", ROW_MAPPER, id).stream().findFirst();
	}

	public List<OcrDocument> findByIds(Collection<String> ids) {
		return jdbc.query(con -> {
			PreparedStatement ps = con.prepareStatement(SELECT_COLUMNS + " WHERE id = ANY(?) ORDER BY created_at, id");
			ps.setArray(1, con.createArrayOf("text", ids.toArray()));
			return ps;
		}, ROW_MAPPER);
	}

	public Optional<OcrDocument> findByObject(String bucket, String objectKey, String versionId) {
		return jdbc
			.query(SELECT_COLUMNS + " WHERE bucket = ? AND object_key = ? AND version_id IS NOT DISTINCT FROM ?",
					ROW_MAPPER, bucket, objectKey, versionId)
			.stream()
			.findFirst();
	}

	/** The most recently staged documents first, at most {@code limit}. */
	public List<OcrDocument> findRecent(int limit) {
		return jdbc.query(SELECT_COLUMNS + " ORDER BY created_at DESC, id LIMIT ?", ROW_MAPPER, limit);
	}

	/** Documents staged by the given run, oldest first. */
	public List<OcrDocument> findStagedBy(long jobExecutionId, int limit) {
		return jdbc.query(SELECT_COLUMNS + " WHERE id IN (SELECT document_id FROM ocr_status_transition "
				+ "WHERE job_execution_id = ? AND from_status IS NULL) ORDER BY created_at, id LIMIT ?", ROW_MAPPER,
				jobExecutionId, limit);
	}

	public Map<OcrStatus, Long> countByStatus() {
		return jdbc.query("SELECT ocr_status, count(*) FROM ocr_document GROUP BY ocr_status", rs -> {
			Map<OcrStatus, Long> counts = new java.util.EnumMap<>(OcrStatus.class);
			while (rs.next()) {
				counts.put(OcrStatus.valueOf(rs.getString(1)), rs.getLong(2));
			}
			return counts;
		});
	}

	private static <T> Array array(Connection con, String type, List<NewDocument> documents,
			Function<NewDocument, T> field) throws SQLException {
		return con.createArrayOf(type, documents.stream().map(field).toArray());
	}

	private static Timestamp timestamp(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	static final RowMapper<OcrDocument> ROW_MAPPER = (rs, rowNum) -> new OcrDocument(rs.getString("id"),
			rs.getString("bucket"), rs.getString("object_key"), rs.getString("version_id"), rs.getString("etag"),
			rs.getObject("size_bytes", Long.class), rs.getString("content_type"),
			DocumentSource.valueOf(rs.getString("source")), OcrStatus.valueOf(rs.getString("ocr_status")),
			rs.getInt("attempts"), rs.getString("error"), instant(rs, "event_time"), instant(rs, "object_removed_at"),
			instant(rs, "created_at"), instant(rs, "updated_at"));

}
