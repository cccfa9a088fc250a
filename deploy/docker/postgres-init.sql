-- Run once by the postgres:15 image on an empty data volume (docker-compose.yml mounts it into
-- /docker-entrypoint-initdb.d). One database per service; no service reads another's tables.
CREATE DATABASE loket_intake;
CREATE DATABASE loket_routing;
CREATE DATABASE loket_workbench;
CREATE DATABASE loket_feedback;
-- the key vault every service reaches: one key per report, under which what events say about its reporter travels
CREATE DATABASE loket_keys;
