-- Issue 6, public verification: an uploaded PDF that names no certificate number is looked up by its SHA-256
CREATE INDEX certificate_pdf_sha256_idx ON certificate (pdf_sha256) WHERE pdf_sha256 IS NOT NULL;
