import net from "node:net"

/** Asks the operating system for a free TCP port on the loopback interface. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const address = server.address()
      server.close(() => {
        if (address && typeof address === "object") {
          resolve(address.port)
        } else {
          reject(new Error("Could not find a free port"))
        }
      })
    })
  })
}

/** Fails with a clear message when something already listens on the port. */
export function assertPortFree(port: number, name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once("error", () =>
      reject(new Error(`Port ${port} is in use, so ${name} cannot start. Stop what uses it or set ${name}=<another port>.`))
    )
    server.listen(port, "0.0.0.0", () => server.close(() => resolve()))
  })
}
