// TLS in Node: a server with a certificate, a client that checks it, and two clients that refuse it. The build runs
// Node without network access, so each "connection" is an in-memory duplexPair(); over a real socket the TLS code
// is the same (tls.createServer, and tls.connect with host and port).
import { once } from 'node:events';
import { duplexPair } from 'node:stream';
import { TLSSocket, connect, createSecureContext } from 'node:tls';

// Test certificates made for this example, valid until 2126: a made-up certificate
// authority, and the certificate it signed for localhost and 127.0.0.1, with its key.
const CA_CERT = `-----BEGIN CERTIFICATE-----
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
`;
const SERVER_CERT = `-----BEGIN CERTIFICATE-----
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
`;
const SERVER_KEY = `-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg+nZDfIVwhzUSQ5T0
RyeY8vEq6Eu5qpo5eSvvy5n5NS+hRANCAARi5Uu+19MAh7S5UkZESMqvQVGwxdNm
EaSnuobImXMMGwbTwfvEfHSfNMgmFZJId/JVtxo8r2iHM+5A6K//zn7N
-----END PRIVATE KEY-----
`;
const serverContext = createSecureContext({
	cert: SERVER_CERT,
	key: SERVER_KEY,
});

function serve(socket: TLSSocket): void {
	socket.on('error', () => {}); // a client that gave up during the handshake
	socket.on('data', (chunk: Buffer) =>
		socket.write(chunk.toString().toUpperCase())
	);
	socket.on('end', () => socket.end());
}

async function connectTo(
	trustOurCa: boolean,
	name: string
): Promise<void> {
	const [serverEnd, clientEnd] = duplexPair();
	serve(
		new TLSSocket(serverEnd, {
			isServer: true,
			secureContext: serverContext,
		})
	);
	const client = connect({
		socket: clientEnd,
		servername: name, // the name the certificate must be valid for
		...(trustOurCa ? { ca: CA_CERT } : {}), // otherwise Node's own CA list
	});
	try {
		await once(client, 'secureConnect');
	} catch (error) {
		console.log(`  refused: ${(error as NodeJS.ErrnoException).code}`);
		serverEnd.destroy();
		return;
	}
	console.log(
		`  ${client.getProtocol()}, certificate checked for '${name}'`
	);
	client.write('hello over tls\n');
	const [echo] = (await once(client, 'data')) as [Buffer];
	console.log(`  echo: '${echo.toString().trim()}'`);
	client.end();
}

console.log('client that trusts the example CA:');
await connectTo(true, 'localhost');
console.log("client with only Node's CAs:");
await connectTo(false, 'localhost');
console.log('client that expects another host name:');
await connectTo(true, 'example.org');
