#!/bin/sh
# Runs one PySpark or Beam example the way the engine should, until the engine does it itself: the project's
# .venv Python, no network but loopback (unshare -n, then lo up; needs root), an empty working directory, and
# the harness-only Spark settings of this folder. Prints the program's output; keeps the run's Spark event log.
#   src/engine/run/harness/spark/run-local.sh examples/<id>/<id>.py [out-dir]
# The environment it sets is what the sandbox must give these programs:
#   SPARK_CONF_DIR    this folder (spark-defaults.conf, log4j2.properties), read-only is fine
#   SPARK_EVENTS_DIR  an existing, writable folder for the event log (spark-defaults.conf reads it)
#   TMPDIR            writable (Spark's local dir: shuffle files, block manager)
#   PYSPARK_PYTHON    the Python of the Python workers: the same .venv Python as the driver
#   JAVA_HOME         a Java 17 or 21
#   SPARK_SUBMIT_OPTS options of the driver JVM, added by Spark's launcher without a word on stderr (JAVA_TOOL_OPTIONS
#                     and JDK_JAVA_OPTIONS would print "Picked up ..."):
#                     -Djava.io.tmpdir=$TMPDIR   Java ignores TMPDIR, and / is read-only in the sandbox
#                     -XX:-UseContainerSupport   JDK 17.0.15 on cgroup v1 fails (NullPointerException in
#                                                CgroupV1Subsystem) inside bwrap's cgroup namespace; it only sizes
#                                                the default heap, which Spark's launcher sets anyway (-Xmx1g)
# Limits the sandbox must allow (measured, see the engines report): no address-space limit (the JVM reserves
# metaspace and heap up front: RLIMIT_AS 2 GiB fails at start), open files > 280 (one per jar of pyspark/jars),
# a pids limit of 128 holds for local[2] (peak about 100) but not for local-cluster (about 240).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../../../.." && pwd)
program=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
out=${2:-}
run=$(mktemp -d)
mkdir -p "$run/events" "$run/tmp" "$run/work"
export SPARK_CONF_DIR="$here" SPARK_EVENTS_DIR="$run/events" TMPDIR="$run/tmp"
export PYSPARK_PYTHON="$root/.venv/bin/python"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}"
export SPARK_SUBMIT_OPTS="-Djava.io.tmpdir=$run/tmp -XX:-UseContainerSupport"
cd "$run/work"
status=0
unshare -n sh -c 'ip link set lo up && exec "$0" -u -I "$1"' "$root/.venv/bin/python" "$program" || status=$?
if [ -n "$out" ]; then mkdir -p "$out" && cp -r "$run/events/." "$out/"; fi
rm -rf "$run"
exit $status
