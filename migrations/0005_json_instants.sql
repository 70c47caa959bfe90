-- An instant as JavaScript's Date.prototype.toISOString() writes it, for JSON built by Postgres:
-- "2019-01-01T00:00:00.000Z", years outside 0000-9999 as "+010000" or "-000044" (astronomical
-- numbering: 1 BC is year 0), and NULL for an unbounded side (-infinity, infinity).
CREATE FUNCTION iso_instant(t timestamptz) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
  SELECT CASE WHEN isfinite(t) THEN
    (CASE
      WHEN y BETWEEN 0 AND 9999 THEN lpad(y::text, 4, '0')
      WHEN y < 0 THEN '-' || lpad((-y)::text, 6, '0')
      ELSE '+' || lpad(y::text, 6, '0')
    END) || to_char(t AT TIME ZONE 'UTC', '-MM-DD"T"HH24:MI:SS.MS"Z"')
  END
  FROM (
    SELECT extract(year FROM t AT TIME ZONE 'UTC')::int
      + CASE WHEN extract(year FROM t AT TIME ZONE 'UTC') < 0 THEN 1 ELSE 0 END AS y
  ) AS parts
$$;
