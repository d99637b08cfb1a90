"""Secret and look-alike generators for the blind4 corpus (stdlib only, written from scratch).

Every value is built at run time from a seeded random.Random. Vendor prefixes are assembled from
pieces so that this file holds no complete credential-shaped literal.
"""
import base64
import binascii
import hashlib
import json
import random
import string

LOW = string.ascii_lowercase
UP = string.ascii_uppercase
DIG = string.digits
ALNUM = LOW + UP + DIG
B62 = DIG + UP + LOW
HEX = "0123456789abcdef"
B64 = UP + LOW + DIG + "+/"
B64URL = UP + LOW + DIG + "-_"
B32 = UP + "234567"


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)

    # ---------------------------------------------------------------- primitives
    def s(self, n, alpha=ALNUM):
        return "".join(self.r.choice(alpha) for _ in range(n))

    def hx(self, n):
        return self.s(n, HEX)

    def HX(self, n):
        return self.s(n, HEX.upper())

    def digits(self, n):
        return self.r.choice("123456789") + self.s(n - 1, DIG)

    def b64bytes(self, n, url=False, pad=True):
        raw = bytes(self.r.getrandbits(8) for _ in range(n))
        out = base64.urlsafe_b64encode(raw) if url else base64.b64encode(raw)
        out = out.decode()
        return out if pad else out.rstrip("=")

    def uuid(self):
        h = self.hx(32)
        h = h[:12] + "4" + h[13:16] + self.r.choice("89ab") + h[17:]
        return "-".join([h[:8], h[8:12], h[12:16], h[16:20], h[20:]])

    def pick(self, seq):
        return self.r.choice(seq)

    def word(self):
        return self.r.choice(WORDS)

    # ---------------------------------------------------------------- checksummed tokens
    @staticmethod
    def base62(n, width):
        out = ""
        while n:
            n, d = divmod(n, 62)
            out = B62[d] + out
        return out.rjust(width, "0")

    def crc_token(self, prefix, body_len=30):
        body = self.s(body_len)
        return prefix + body + self.base62(binascii.crc32(body.encode()) & 0xFFFFFFFF, 6)

    # ---------------------------------------------------------------- passwords
    def password(self, style=None):
        style = style or self.r.choice(["mixed", "mixed", "symbols", "phrase", "alnum"])
        if style == "alnum":
            return self.s(1, UP) + self.s(self.r.randint(13, 19))
        if style == "mixed":
            return self.s(1, LOW) + self.s(self.r.randint(7, 11)) + self.s(1, DIG) + self.s(self.r.randint(3, 6))
        if style == "symbols":
            sym = "!*+-_.@~"
            core = [self.r.choice(ALNUM + sym + sym) for _ in range(self.r.randint(14, 20))]
            core[self.r.randint(2, 8)] = self.r.choice(sym)
            return self.s(1, UP) + "".join(core) + self.s(1, DIG)
        if style == "phrase":
            sep = self.r.choice(["-", ".", "_"])
            return sep.join(self.word().capitalize() if i == 0 else self.word() for i in range(4)) + str(self.r.randint(10, 99))
        if style == "url":  # safe inside URLs and .pgpass
            return self.s(1, UP) + self.s(self.r.randint(12, 18), ALNUM + "-_.~") + self.s(1, DIG)
        raise ValueError(style)

    # ---------------------------------------------------------------- ASN.1 / PEM
    @staticmethod
    def _len(n):
        if n < 0x80:
            return bytes([n])
        b = n.to_bytes((n.bit_length() + 7) // 8, "big")
        return bytes([0x80 | len(b)]) + b

    def _tlv(self, tag, body):
        return bytes([tag]) + self._len(len(body)) + body

    def _int(self, nbytes=None, value=None):
        if value is None:
            value = self.r.getrandbits(nbytes * 8) | (1 << (nbytes * 8 - 1)) | 1
        b = value.to_bytes(max(1, (value.bit_length() + 7) // 8), "big")
        if b[0] & 0x80:
            b = b"\x00" + b
        return self._tlv(0x02, b)

    def _seq(self, *parts):
        return self._tlv(0x30, b"".join(parts))

    def rsa_der(self, bits=2048):
        h = bits // 16
        return self._seq(self._int(value=0), self._int(bits // 8), self._int(value=65537), self._int(bits // 8 - 1),
                         self._int(h), self._int(h), self._int(h - 1), self._int(h - 1), self._int(h - 1))

    def pkcs8_der(self, bits=2048):
        oid = bytes([0x06, 0x09, 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x01, 0x01])
        algo = self._seq(oid + b"\x05\x00")
        return self._seq(self._int(value=0), algo, self._tlv(0x04, self.rsa_der(bits)))

    def ec_der(self):
        priv = bytes(self.r.getrandbits(8) for _ in range(32))
        pub = b"\x04" + bytes(self.r.getrandbits(8) for _ in range(64))
        oid = bytes([0x06, 0x08, 0x2A, 0x86, 0x48, 0xCE, 0x3D, 0x03, 0x01, 0x07])
        return self._seq(self._int(value=1), self._tlv(0x04, priv), self._tlv(0xA0, oid), self._tlv(0xA1, self._tlv(0x03, b"\x00" + pub)))

    @staticmethod
    def pem(label, der, width=64):
        b = base64.b64encode(der).decode()
        dash = "-" * 5
        body = "\n".join(b[i:i + width] for i in range(0, len(b), width))
        return f"{dash}BEGIN {label}{dash}\n{body}\n{dash}END {label}{dash}"

    def rsa_pem(self):
        return self.pem("RSA " + "PRIVATE KEY", self.rsa_der())

    def pkcs8_pem(self):
        return self.pem("PRIVATE" + " KEY", self.pkcs8_der())

    def ec_pem(self):
        return self.pem("EC " + "PRIVATE KEY", self.ec_der())

    @staticmethod
    def _sshstr(b):
        if isinstance(b, str):
            b = b.encode()
        return len(b).to_bytes(4, "big") + b

    def openssh_ed25519(self, comment="deploy@ci"):
        seed = bytes(self.r.getrandbits(8) for _ in range(32))
        pub = bytes(self.r.getrandbits(8) for _ in range(32))
        kt = "ssh-" + "ed25519"
        pubblob = self._sshstr(kt) + self._sshstr(pub)
        chk = self.r.getrandbits(32).to_bytes(4, "big")
        priv = chk + chk + self._sshstr(kt) + self._sshstr(pub) + self._sshstr(seed + pub) + self._sshstr(comment)
        pad = 1
        while len(priv) % 8:
            priv += bytes([pad])
            pad += 1
        blob = (b"openssh-key-v1\x00" + self._sshstr("none") + self._sshstr("none") + self._sshstr(b"")
                + (1).to_bytes(4, "big") + self._sshstr(pubblob) + self._sshstr(priv))
        return self.pem("OPENSSH " + "PRIVATE KEY", blob, 70)

    def ssh_public(self, comment="ops@bastion"):
        kt = "ssh-" + "ed25519"
        blob = self._sshstr(kt) + self._sshstr(bytes(self.r.getrandbits(8) for _ in range(32)))
        return kt + " " + base64.b64encode(blob).decode() + " " + comment

    def putty_ppk(self, comment="admin@jump"):
        kt = "ssh-" + "ed25519"
        pub = base64.b64encode(self._sshstr(kt) + self._sshstr(bytes(self.r.getrandbits(8) for _ in range(32)))).decode()
        prv = base64.b64encode(self._sshstr(bytes(self.r.getrandbits(8) for _ in range(32)))).decode()
        head = "PuTTY-User-Key-File-" + "3"
        return "\n".join([f"{head}: {kt}", "Encryption: none", f"Comment: {comment}", "Public-Lines: 2",
                          pub[:64], pub[64:], "Private-Lines: 1", prv, "Private-MAC: " + self.hx(64)])

    def pkcs12_b64(self):
        inner = self._seq(self._tlv(0x06, bytes([0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x07, 0x01])),
                          self._tlv(0xA0, self._tlv(0x04, bytes(self.r.getrandbits(8) for _ in range(1400)))))
        return base64.b64encode(self._seq(self._int(value=3), inner)).decode()

    def cert_pem(self):
        return self.pem("CERTIFICATE", self._seq(self._seq(self._int(16), self._tlv(0x04, bytes(self.r.getrandbits(8) for _ in range(600))))))

    def pubkey_pem(self):
        return self.pem("PUBLIC KEY", self._seq(self._seq(bytes([0x06, 0x09, 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x01, 0x01]) + b"\x05\x00"),
                                                 self._tlv(0x03, b"\x00" + self._seq(self._int(256), self._int(value=65537)))))

    # ---------------------------------------------------------------- JWT-ish
    @staticmethod
    def b64u(obj):
        raw = obj if isinstance(obj, bytes) else json.dumps(obj, separators=(",", ":")).encode()
        return base64.urlsafe_b64encode(raw).decode().rstrip("=")

    def jwt(self, payload, alg="HS256"):
        return ".".join([self.b64u({"alg": alg, "typ": "JWT"}), self.b64u(payload),
                         self.b64u(bytes(self.r.getrandbits(8) for _ in range(32)))])


WORDS = ("amber anchor apricot atlas basil beacon birch bramble canyon cedar cinder clover cobalt comet coral "
         "cypress delta drift ember falcon fennel fjord garnet glacier granite harbor hazel heron indigo iris "
         "juniper kestrel lagoon larch lantern maple marble meadow mosaic nectar nimbus oasis onyx orchid "
         "pebble pepper pine quartz quill raven reef saffron sable sierra spruce summit tansy thistle tundra "
         "umber valley velvet willow yarrow zephyr").split()
