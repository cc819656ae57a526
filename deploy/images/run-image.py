#!/usr/bin/env python3
"""Runs a container image tarball (OCI layout or `docker save` format, as Jib's buildTar writes)
without a container engine: unpacks its layers into a directory and starts its entrypoint there
with chroot, as the image's user, with the image's environment and working directory. It shares
the host's network (so ports must be free) and has no resource limits or isolation beyond chroot.

A smoke test for images on machines with no Docker (like the build machines): does the image
start, as non-root, from its own files? Linux only, needs root (chroot, mounting /proc and /dev).

    deploy/images/run-image.py services/gateway/target/jib-image.tar -e SERVER_PORT=18080
    deploy/images/run-image.py IMAGE.tar --rootfs /tmp/rootfs --cmd /opt/java/bin/java -version
"""
import argparse
import gzip
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import tarfile
import tempfile


def blob(tar, digest_or_name):
    if digest_or_name.startswith("sha256:"):
        digest_or_name = "blobs/sha256/" + digest_or_name[len("sha256:"):]
    return tar.extractfile(digest_or_name).read()


def image_parts(path):
    """Returns (config dict, list of layer bytes) of the single image in the tarball."""
    with tarfile.open(path) as tar:
        names = set(tar.getnames())
        if "index.json" in names:
            index = json.loads(blob(tar, "index.json"))
            manifest = json.loads(blob(tar, index["manifests"][0]["digest"]))
            if "manifests" in manifest:  # an index of indexes / platforms: take the first
                manifest = json.loads(blob(tar, manifest["manifests"][0]["digest"]))
            config = json.loads(blob(tar, manifest["config"]["digest"]))
            layers = [blob(tar, layer["digest"]) for layer in manifest["layers"]]
        else:
            entry = json.loads(blob(tar, "manifest.json"))[0]
            config = json.loads(blob(tar, entry["Config"]))
            layers = [blob(tar, name) for name in entry["Layers"]]
    return config, layers


def unpack(layers, rootfs):
    for data in layers:
        if data[:2] == b"\x1f\x8b":
            data = gzip.decompress(data)
        with tarfile.open(fileobj=io.BytesIO(data)) as layer:
            for member in layer.getmembers():
                base = os.path.basename(member.name)
                if base.startswith(".wh."):  # whiteout: delete what a lower layer added
                    target = os.path.join(rootfs, os.path.dirname(member.name), base[4:])
                    shutil.rmtree(target, ignore_errors=True) if os.path.isdir(target) else \
                        (os.path.lexists(target) and os.remove(target))
                    continue
                target = os.path.join(rootfs, member.name)
                if os.path.lexists(target) and not (member.isdir() and os.path.isdir(target)):
                    os.remove(target) if not os.path.isdir(target) or os.path.islink(target) \
                        else shutil.rmtree(target)
                layer.extract(member, rootfs, set_attrs=True, numeric_owner=True, filter="fully_trusted")


def resolve_user(rootfs, user):
    """`uid[:gid]` or `name[:group]` (looked up in the image's /etc/passwd and /etc/group)."""
    name, _, group = user.partition(":")

    def lookup(file, key):
        if key.isdigit():
            return int(key), None
        with open(os.path.join(rootfs, "etc", file)) as f:
            for line in f:
                fields = line.strip().split(":")
                if fields[0] == key:
                    return int(fields[2]), int(fields[3]) if file == "passwd" else None
        sys.exit(f"run-image: no {key} in the image's /etc/{file}")

    uid, primary = lookup("passwd", name)
    gid = lookup("group", group)[0] if group else (primary if primary is not None else uid)
    return uid, gid


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("image", help="image tarball (target/jib-image.tar)")
    parser.add_argument("-e", "--env", action="append", default=[], help="extra KEY=VALUE (repeatable)")
    parser.add_argument("--rootfs", help="unpack here and keep it (default: a temporary directory)")
    parser.add_argument("--cmd", nargs=argparse.REMAINDER, help="run this instead of the entrypoint")
    args = parser.parse_args()
    if os.geteuid() != 0:
        sys.exit("run-image: needs root (chroot, mounts)")

    config, layers = image_parts(args.image)
    conf = config.get("config", {})
    rootfs = args.rootfs or tempfile.mkdtemp(prefix="run-image-")
    os.makedirs(rootfs, exist_ok=True)
    unpack(layers, rootfs)
    for name in ("etc/hosts", "etc/resolv.conf"):
        if os.path.exists("/" + name):
            os.makedirs(os.path.join(rootfs, "etc"), exist_ok=True)
            shutil.copyfile("/" + name, os.path.join(rootfs, name))
    mounts = []
    for source, fstype in (("proc", "proc"), ("/dev", None)):
        point = os.path.join(rootfs, source.strip("/"))
        os.makedirs(point, exist_ok=True)
        cmd = ["mount", "-t", "proc", "proc", point] if fstype else ["mount", "--rbind", source, point]
        subprocess.run(cmd, check=True)
        mounts.append(point)

    env = dict(kv.split("=", 1) for kv in conf.get("Env", []))
    env.update(kv.split("=", 1) for kv in args.env)
    command = args.cmd or (conf.get("Entrypoint") or []) + (conf.get("Cmd") or [])
    uid, gid = resolve_user(rootfs, conf.get("User") or "0:0")
    workdir = conf.get("WorkingDir") or "/"
    print(f"run-image: {rootfs} as {uid}:{gid} in {workdir}: {' '.join(command)}", file=sys.stderr, flush=True)

    def enter():  # in the child, before exec: the image's root, directory and user
        os.chroot(rootfs)
        os.chdir(workdir)
        os.setgroups([])
        os.setgid(gid)
        os.setuid(uid)

    try:
        process = subprocess.Popen(command, env=env, preexec_fn=enter)
        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, lambda s, f: process.send_signal(signal.SIGTERM))
        code = process.wait()
    finally:
        for point in reversed(mounts):
            subprocess.run(["umount", "-R", "-l", point], check=False)
        still_mounted = [p for p in mounts if os.path.ismount(p)]
        if still_mounted:  # never delete through a mount of the host's /dev or /proc
            print(f"run-image: still mounted, {rootfs} left in place: {still_mounted}", file=sys.stderr)
        elif not args.rootfs:
            shutil.rmtree(rootfs, ignore_errors=True)
    sys.exit(code)


if __name__ == "__main__":
    main()
