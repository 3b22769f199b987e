import { producerSend } from "@/features/studio/api/producer-client"
import { uploadPhoto } from "@/features/studio/listings/photos/upload-photo"
import type { OutboxTransportType } from "@/features/studio/offline/outbox-sender"

type ProductAnswerType = { product: { id: string } }

/** The producer API as the outbox sends to it: photos through XMLHttpRequest (progress), the rest through the SDK. */
export function producerOutboxTransport(upload: OutboxTransportType["upload"] = uploadPhoto): OutboxTransportType {
  return {
    upload,
    async create(body, idempotencyKey) {
      return (await producerSend<ProductAnswerType>("/producer/products", { body, idempotencyKey })).product
    },
    async update(productId, body) {
      return (await producerSend<ProductAnswerType>(`/producer/products/${encodeURIComponent(productId)}`, { body })).product
    },
  }
}
