-- A firm's time zone: the zone of the dates its members share, such as the day a job opened or closed. Empty until
-- an admin chooses one or the first admin's browser gives it; until then the firm's dates are in UTC.
ALTER TABLE organizations
    ADD COLUMN time_zone text CHECK (length(time_zone) BETWEEN 1 AND 64);
