"""TLS on asyncio streams: a server with a certificate, a client that checks it, and two clients that refuse it."""

import asyncio
import ssl
import tempfile
from pathlib import Path

# Test certificates made for this example, valid until 2126: a made-up certificate
# authority, and the certificate it signed for localhost and 127.0.0.1, with its key.
CA_CERT = """\
-----BEGIN CERTIFICATE-----
MIIBtjCCAVugAwIBAgIUbkaq5ofKa1lcYKqXfNlBKkWa1ucwCgYIKoZIzj0EAwIw
JzElMCMGA1UEAwwcQ29uY3VycmVuY3kgTm90ZXMgZXhhbXBsZSBDQTAgFw0yNjEy
MDUxMDMzMzdaGA8yMTI2MTExMTEwMzMzN1owJzElMCMGA1UEAwwcQ29uY3VycmVu
Y3kgTm90ZXMgZXhhbXBsZSBDQTBZMBMGByqGSM49AgEGCCqGSM49AwEHA0IABGTA
wwFCakugedT8olZsBKQmoMEpEeqm6Z2t8I40NPHMmAQdnMdnbo4NCD1ovpiz3nDm
AgAWAW5pbMShmw+jjlGjYzBhMB8GA1UdIwQYMBaAFNYuWJEzDmeWJ5rNOWJd+YDx
PsQhMA8GA1UdEwEB/wQFMAMBAf8wDgYDVR0PAQH/BAQDAgEGMB0GA1UdDgQWBBTW
LliRMw5nlieazTliXfmA8T7EITAKBggqhkjOPQQDAgNJADBGAiEA7nEHHhYo7x6T
6S+pdioK3EFfHo4zbWElwk6gdWT8ZwcCIQDamqkJ5kFTweEXQ0NJYUUhn4P91Vws
HEtBItfujHqwpw==
-----END CERTIFICATE-----
"""
SERVER_CERT = """\
-----BEGIN CERTIFICATE-----
MIIB0TCCAXigAwIBAgIUGF5e8A2G2dcXRj9SE/D52v+cf1cwCgYIKoZIzj0EAwIw
JzElMCMGA1UEAwwcQ29uY3VycmVuY3kgTm90ZXMgZXhhbXBsZSBDQTAgFw0yNjEy
MDUxMDMzMzhaGA8yMTI2MTExMTEwMzMzOFowFDESMBAGA1UEAwwJbG9jYWxob3N0
MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEYuVLvtfTAIe0uVJGREjKr0FRsMXT
ZhGkp7qGyJlzDBsG08H7xHx0nzTIJhWSSHfyVbcaPK9ohzPuQOiv/85+zaOBkjCB
jzAMBgNVHRMBAf8EAjAAMA4GA1UdDwEB/wQEAwIHgDATBgNVHSUEDDAKBggrBgEF
BQcDATAaBgNVHREEEzARgglsb2NhbGhvc3SHBH8AAAEwHQYDVR0OBBYEFHoZzQOU
hcsHB+bZF+FJLOCDGA7cMB8GA1UdIwQYMBaAFNYuWJEzDmeWJ5rNOWJd+YDxPsQh
MAoGCCqGSM49BAMCA0cAMEQCIDUiBIP+8whzmchavla+pXOznd6W8nuE6TcMonSE
/2zPAiATI9VRzuRKMGBCc7a7anNzWONTRb2xuZn1TfqY39jgpA==
-----END CERTIFICATE-----
"""
SERVER_KEY = """\
-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg+nZDfIVwhzUSQ5T0
RyeY8vEq6Eu5qpo5eSvvy5n5NS+hRANCAARi5Uu+19MAh7S5UkZESMqvQVGwxdNm
EaSnuobImXMMGwbTwfvEfHSfNMgmFZJId/JVtxo8r2iHM+5A6K//zn7N
-----END PRIVATE KEY-----
"""


def server_context(folder: Path) -> ssl.SSLContext:
    # load_cert_chain() reads files: the certificate and its key are written out first.
    (folder / "cert.pem").write_text(SERVER_CERT)
    (folder / "key.pem").write_text(SERVER_KEY)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(folder / "cert.pem", folder / "key.pem")
    return context


def client_context(trust_our_ca: bool) -> ssl.SSLContext:
    context = ssl.create_default_context()  # checks the certificate and the host name
    if trust_our_ca:
        context.load_verify_locations(cadata=CA_CERT)
    return context


async def echo(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while line := await reader.readline():
            writer.write(line.upper())
            await writer.drain()
    except (ssl.SSLError, ConnectionError):
        pass  # a client that gave up during the handshake
    finally:
        writer.close()


async def connect(port: int, trust_our_ca: bool, name: str) -> None:
    try:
        reader, writer = await asyncio.open_connection(
            "127.0.0.1", port, ssl=client_context(trust_our_ca), server_hostname=name
        )
    except ssl.SSLCertVerificationError as error:
        print(f"  refused: {error.verify_message}")
        return
    tls = writer.get_extra_info("ssl_object")
    print(f"  {tls.version()}, certificate checked for {name!r}")
    writer.write(b"hello over tls\n")
    print(f"  echo: {(await reader.readline()).decode().strip()!r}")
    writer.close()
    await writer.wait_closed()


async def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        context = server_context(Path(folder))
    async with await asyncio.start_server(echo, "127.0.0.1", 0, ssl=context) as server:
        port: int = server.sockets[0].getsockname()[1]
        print("client that trusts the example CA:")
        await connect(port, trust_our_ca=True, name="localhost")
        print("client with only the system's CAs:")
        await connect(port, trust_our_ca=False, name="localhost")
        print("client that expects another host name:")
        await connect(port, trust_our_ca=True, name="example.org")


asyncio.run(main())
