#!/usr/bin/env bash
# Builds the AI-Fashion runtime base image without a container engine or registry: a `docker save`
# format tarball that Jib reads as `tar://...` (./mvnw -Pimages,local-base package) and that
# `docker load` / `podman load` accept too.
#
#   deploy/images/build-base-image.sh [--opencv] <output.tar>
#
# What goes in:
#   - a Java runtime made with jlink from the JDK running the build ($JAVA_HOME; JDK 21+), with the
#     modules the services use (jdeps) plus those found reflectively, a CDS archive, no debug symbols;
#   - from the host's Debian/Ubuntu package archive (`apt-get download`, no installation): libc6,
#     libgcc-s1 and libstdc++6 (the JVM and OpenCV's native libraries need them), base-files and
#     netbase (/etc/os-release, /etc/services), busybox-static (only its `wget`, for health checks);
#   - with --opencv (the image-processing service): the GTK 2 runtime libraries. bytedeco's OpenCV
#     loads its highgui module, linked against GTK 2, whenever objdetect (face detection) is used,
#     even on a server that never opens a window (bytedeco/javacpp-presets#593). They are the
#     library packages among the dependencies of libgtk2.0-0 (AIFASHION_GTK_PACKAGE to name it
#     differently, e.g. libgtk2.0-0t64 on Ubuntu 24.04), without the printing (CUPS) branch;
#   - /etc/passwd and /etc/group with user `nonroot` (65532), /tmp, and the packages' control files
#     in /var/lib/dpkg/status.d/ so image scanners see what the image contains.
#
# Reproducible: files are sorted, owned by root (the home directory by 65532) and dated
# SOURCE_DATE_EPOCH (default 1 s after the epoch, as Jib does), so the same JDK and package versions
# give the same bytes. The output is rebuilt only when its recipe (this script, the JDK release and
# the package versions) changes; the recipe is stored beside it as <output>.recipe.
set -euo pipefail

opencv=false
if [ "${1:-}" = "--opencv" ]; then opencv=true; shift; fi
out=${1:?usage: build-base-image.sh [--opencv] <output.tar>}
java_home=${JAVA_HOME:?JAVA_HOME must point at a JDK 21 or newer (it provides jlink)}
epoch=${SOURCE_DATE_EPOCH:-1}
if $opencv; then
  tag=${AIFASHION_BASE_IMAGE_TAG:-aifashion/base-jre-opencv:local}
else
  tag=${AIFASHION_BASE_IMAGE_TAG:-aifashion/base-jre:local}
fi

packages=(base-files netbase libc6 libgcc-s1 libstdc++6 busybox-static)
# jdeps over every service's class path (java.base ... jdk.unsupported), plus modules used through
# ServiceLoader or reflection that jdeps cannot see (EC/PKCS#11 crypto, DNS naming, zip file
# systems, extra charsets, Kerberos for Kafka SASL) and jcmd for diagnostics (`kubectl exec <pod> --
# jcmd 1 Thread.print`).
modules=java.base,java.compiler,java.desktop,java.instrument,java.management,java.naming,java.net.http
modules+=,java.prefs,java.scripting,java.security.jgss,java.security.sasl,java.sql,java.sql.rowset
modules+=,jdk.jfr,jdk.management,jdk.management.jfr,jdk.net,jdk.unsupported
modules+=,jdk.crypto.ec,jdk.crypto.cryptoki,jdk.naming.dns,jdk.zipfs,jdk.charsets
modules+=,jdk.security.auth,jdk.security.jgss,jdk.attach,jdk.jcmd

fail() { echo "build-base-image: $*" >&2; exit 1; }

for tool in apt-get apt-cache dpkg dpkg-deb tar sha256sum; do
  command -v "$tool" >/dev/null || fail "needs '$tool': the local base image is made from Debian/Ubuntu packages. Without them, build with the default registry base image (./mvnw -Pimages package)."
done
[ -x "$java_home/bin/jlink" ] || fail "no jlink in $java_home/bin (JAVA_HOME must be a JDK, not a JRE)"
case "$(tar --help 2>/dev/null)" in
  *--keep-directory-symlink*) ;;
  *) fail "needs GNU tar 1.27 or newer" ;;
esac

arch=$(dpkg --print-architecture)
case "$arch" in
  amd64|arm64) ;;
  *) fail "unsupported architecture $arch" ;;
esac
java_release=$(sed -n 's/^JAVA_RUNTIME_VERSION="\(.*\)"/\1/p' "$java_home/release")
[ -n "$java_release" ] || java_release=$(sed -n 's/^JAVA_VERSION="\(.*\)"/\1/p' "$java_home/release")
java_feature=${java_release%%.*}
[ "${java_feature%%[!0-9]*}" -ge 21 ] 2>/dev/null || fail "JAVA_HOME is Java $java_release; Java 21 or newer is needed"

# The GTK 2 runtime: library packages (lib*, zlib*; no -common/-data/-bin/-dev/-doc) reachable from
# the GTK package through Depends/Pre-Depends, leaving out CUPS (GTK's print dialogs only).
gtk_closure() { # <gtk package>
  apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks --no-replaces \
      --no-enhances "$1" 2>/dev/null | awk -v seed="$1" '
    /^[^ <]/ { current = $0; next }
    /^ *[|]?(Pre)?Depends: / { d = $NF; if (d !~ /^</) edges[current] = edges[current] " " d }
    END {
      n = 0; queue[n++] = seed; seen[seed] = 1
      for (i = 0; i < n; i++) {
        print queue[i]
        m = split(edges[queue[i]], deps, " ")
        for (j = 1; j <= m; j++) {
          d = deps[j]
          if (d in seen || d !~ /^(lib|zlib)/ || d ~ /-(common|data|bin|dev|doc)$/ || d ~ /^libcups/) continue
          seen[d] = 1; queue[n++] = d
        }
      }
    }'
}
if $opencv; then
  gtk=${AIFASHION_GTK_PACKAGE:-libgtk2.0-0}
  mapfile -t gtk_packages < <(gtk_closure "$gtk")
  [ "${#gtk_packages[@]}" -gt 1 ] || fail "no package $gtk known to apt (run 'apt-get update', or set AIFASHION_GTK_PACKAGE)"
  for p in "${gtk_packages[@]}"; do
    case " ${packages[*]} " in *" $p "*) ;; *) packages+=("$p") ;; esac
  done
fi

# The recipe: what the output depends on. Same recipe, same image; an unchanged output is kept.
candidates=$(apt-cache policy "${packages[@]}" 2>/dev/null \
  | awk '/^[^ ].*:$/ {p = substr($0, 1, length($0) - 1)} /^  Candidate:/ {print p "=" $2}')
versions=()
for p in "${packages[@]}"; do
  v=$(printf '%s\n' "$candidates" | awk -v p="$p" 'index($0, p "=") == 1 {print substr($0, length(p) + 2)}')
  [ -n "$v" ] && [ "$v" != "(none)" ] || fail "package $p has no candidate version: run 'apt-get update' first"
  versions+=("$p=$v")
done
recipe=$(printf '%s\n' "script $(sha256sum "$0" | cut -c1-64)" "opencv $opencv" "arch $arch" "java $java_release" \
  "modules $modules" "epoch $epoch" "tag $tag" "${versions[@]}")
if [ -f "$out" ] && [ -f "$out.recipe" ] && [ "$(cat "$out.recipe")" = "$recipe" ]; then
  echo "build-base-image: $out is up to date (Java $java_release, ${versions[*]})"
  exit 0
fi

umask 022
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/debs" "$work/rootfs" "$work/home-layer/home/nonroot" "$work/image"
root=$work/rootfs

echo "build-base-image: downloading ${versions[*]}"
(cd "$work/debs" && apt-get download -q "${versions[@]}" >/dev/null 2>"$work/apt.log") \
  || { cat "$work/apt.log" >&2; fail "apt-get download failed (run 'apt-get update'?)"; }

# A merged-/usr layout, as current Debian and Ubuntu have: /bin, /lib, ... point into /usr.
mkdir -p "$root"/usr/{bin,sbin,lib,lib64} "$root"/{etc,home,opt,tmp,var/lib/dpkg/status.d}
for d in bin sbin lib lib64; do ln -s "usr/$d" "$root/$d"; done
chmod 1777 "$root/tmp"

for deb in "$work"/debs/*.deb; do
  name=$(dpkg-deb -f "$deb" Package)
  dpkg-deb --fsys-tarfile "$deb" | tar -x -p --keep-directory-symlink -C "$root"
  dpkg-deb -f "$deb" > "$root/var/lib/dpkg/status.d/$name"
done
# Documentation, manuals and translations are not needed at run time; iconv modules neither (the
# JVM never calls iconv). Copyright files stay (/usr/share/doc/*/copyright).
find "$root/usr/share/doc" -mindepth 2 ! -name copyright ! -type d -delete 2>/dev/null || true
find "$root/usr/share/doc" -mindepth 1 -type d -empty -delete 2>/dev/null || true
rm -rf "$root"/usr/share/{man,info,lintian,locale,bug} "$root"/usr/lib/*-linux-gnu/gconv
# busybox is kept for one applet: `wget`, which health checks (compose) call.
ln -s busybox "$root/usr/bin/wget"

cat > "$root/etc/passwd" <<'EOF'
root:x:0:0:root:/root:/sbin/nologin
nobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin
nonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin
EOF
cat > "$root/etc/group" <<'EOF'
root:x:0:
nogroup:x:65534:
nonroot:x:65532:
EOF
printf 'passwd: files\ngroup: files\nhosts: files dns\nnetworks: files\nservices: files\nprotocols: files\n' \
  > "$root/etc/nsswitch.conf"

echo "build-base-image: jlink Java $java_release"
"$java_home/bin/jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files \
  --compress=zip-6 --generate-cds-archive --output "$root/opt/java" >/dev/null
# Heaps here are far below 32 GB, so compressed oops are always on: the second archive is unused.
rm -f "$root/opt/java/lib/server/classes_nocoops.jsa"
# The runtime must start from the image's own libraries, not only the host's.
"$root/opt/java/bin/java" -Xshare:auto -version >/dev/null 2>&1 || fail "the linked runtime does not start"

reproducible_tar() { # <dir> <output> <owner> <paths...>
  local dir=$1 output=$2 owner=$3; shift 3
  tar --sort=name --format=gnu --mtime="@$epoch" --owner="$owner" --group="$owner" --numeric-owner \
    --no-acls --no-xattrs --no-selinux -C "$dir" -cf "$output" "$@"
}
reproducible_tar "$root" "$work/image/system.tar" 0 .
chmod 0755 "$work/home-layer/home/nonroot"
reproducible_tar "$work/home-layer" "$work/image/home.tar" 65532 home/nonroot

diff_system=sha256:$(sha256sum "$work/image/system.tar" | cut -c1-64)
diff_home=sha256:$(sha256sum "$work/image/home.tar" | cut -c1-64)
created=$(date -u -d "@$epoch" +%Y-%m-%dT%H:%M:%SZ)
os_name=$(. "$root/etc/os-release" && echo "$PRETTY_NAME")
cat > "$work/image/config.json" <<EOF
{
  "architecture": "$arch",
  "os": "linux",
  "created": "$created",
  "config": {
    "User": "65532:65532",
    "Env": [
      "PATH=/opt/java/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
      "JAVA_HOME=/opt/java",
      "LANG=C.UTF-8",
      "HOME=/home/nonroot"
    ],
    "WorkingDir": "/home/nonroot",
    "Labels": {
      "org.opencontainers.image.title": "AI-Fashion base runtime$($opencv && echo ' with the GTK 2 libraries OpenCV loads')",
      "org.opencontainers.image.description": "jlink Java runtime on $os_name packages, non-root",
      "org.opencontainers.image.version": "$java_release",
      "io.aifashion.base.packages": "${versions[*]}"
    }
  },
  "rootfs": {
    "type": "layers",
    "diff_ids": ["$diff_system", "$diff_home"]
  },
  "history": [
    {"created": "$created", "created_by": "deploy/images/build-base-image.sh: ${versions[*]}; jlink Java $java_release"},
    {"created": "$created", "created_by": "deploy/images/build-base-image.sh: /home/nonroot owned by 65532"}
  ]
}
EOF
printf '[{"Config":"config.json","RepoTags":["%s"],"Layers":["system.tar","home.tar"]}]\n' "$tag" \
  > "$work/image/manifest.json"

mkdir -p "$(dirname "$out")"
reproducible_tar "$work/image" "$out.tmp" 0 manifest.json config.json system.tar home.tar
mv "$out.tmp" "$out"
printf '%s\n' "$recipe" > "$out.recipe"
echo "build-base-image: wrote $out ($(du -h "$out" | cut -f1), Java $java_release, $os_name, $arch)"
