#!/usr/bin/env bash
# Writes the OpenAPI schemas of the Strimzi custom resources Loket uses (Kafka, KafkaNodePool, KafkaTopic,
# KafkaUser, API version v1beta2) to deploy/kubernetes/schemas/strimzi-<version>/, for the manifests' test.
#
# Strimzi publishes its CRDs only with its releases, not in a package registry; what Maven Central does have is
# the model they are generated from (io.strimzi:api) and the generator Strimzi's own build runs on it
# (io.strimzi:crd-generator). This script runs that generator on that model, as Strimzi's build does for its
# packaging/install CRDs, and keeps each resource's schema for v1beta2 (without descriptions, to keep it small).
# It needs Maven and a Java 21 or later (the generator's class files); the output is committed, so the test
# needs neither. Run it again after changing STRIMZI_VERSION:
#   bash deploy/kubernetes/schemas/generate-strimzi-schemas.sh
set -euo pipefail
STRIMZI_VERSION="${STRIMZI_VERSION:-0.49.0}"
GENERATOR_VERSION="${GENERATOR_VERSION:-1.2.0}"
here=$(cd "$(dirname "$0")" && pwd)
out="$here/strimzi-$STRIMZI_VERSION"
m2="${MAVEN_REPOSITORY:-$HOME/.m2/repository}"

java_bin=
for candidate in "${JAVA_HOME:-}/bin/java" /usr/lib/jvm/*/bin/java "$(command -v java || true)"; do
  [ -x "$candidate" ] || continue
  major=$("$candidate" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
  if [ "${major%%.*}" -ge 21 ] 2>/dev/null; then java_bin=$candidate; break; fi
done
[ -n "$java_bin" ] || { echo "needs a Java 21 or later (the generator's class files): apt-get install -y openjdk-21-jdk-headless" >&2; exit 1; }

for artifact in "io.strimzi:api:$STRIMZI_VERSION" "io.strimzi:crd-generator:$GENERATOR_VERSION"; do
  mvn -q dependency:get -Dartifact="$artifact" -Dtransitive=false
done
api_jar="$m2/io/strimzi/api/$STRIMZI_VERSION/api-$STRIMZI_VERSION.jar"
generator_jar="$m2/io/strimzi/crd-generator/$GENERATOR_VERSION/crd-generator-$GENERATOR_VERSION.jar"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
model=io.strimzi.api.kafka.model
# The arguments of Strimzi's own build (api/pom.xml), with no descriptions (v1alpha1 is described by none of these).
"$java_bin" -cp "$generator_jar:$api_jar" io.strimzi.crdgenerator.CrdGenerator \
  --label app:strimzi --target-kube 1.16+ --crd-api-version v1 --api-versions v1beta2 --storage-version v1beta2 \
  --describe-api-versions v1alpha1 --yaml \
  "$model.kafka.Kafka=$work/kafka.yaml" "$model.nodepool.KafkaNodePool=$work/kafkanodepool.yaml" \
  "$model.topic.KafkaTopic=$work/kafkatopic.yaml" "$model.user.KafkaUser=$work/kafkauser.yaml"

rm -rf "$out"
mkdir -p "$out"
node - "$work" "$out" "$STRIMZI_VERSION" <<'JS'
const fs = require('node:fs');
const path = require('node:path');
const YAML = require('yaml');
const [work, out, version] = process.argv.slice(2);
for (const file of fs.readdirSync(work).sort()) {
  const crd = YAML.parse(fs.readFileSync(path.join(work, file), 'utf8'));
  const served = crd.spec.versions.find((v) => v.name === 'v1beta2');
  const schema = {
    $comment: `openAPIV3Schema of ${crd.spec.group}/v1beta2 ${crd.spec.names.kind}, generated from io.strimzi:api:${version} by io.strimzi:crd-generator (generate-strimzi-schemas.sh)`,
    group: crd.spec.group,
    version: 'v1beta2',
    kind: crd.spec.names.kind,
    openAPIV3Schema: served.schema.openAPIV3Schema,
  };
  fs.writeFileSync(path.join(out, `${crd.spec.names.kind}.v1beta2.json`), JSON.stringify(schema) + '\n');
}
JS
ls -l "$out" >&2
