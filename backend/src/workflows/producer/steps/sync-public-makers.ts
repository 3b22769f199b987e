import { randomBytes } from "crypto"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import { makerHandleStem } from "../utils/maker-handle-stem"
import {
  makerFullName,
  projectPublicMaker,
  type PublicMakerProjectionType,
} from "../utils/project-public-maker"

export type SyncPublicMakersStepInput = {
  /** The private makers whose public projections are (re)computed; any number, of any groups. */
  maker_ids: string[]
}

type PublicMakerRowType = PublicMakerProjectionType & { id: string; handle: string | null }

type CompensationType = {
  created_ids: string[]
  previous: PublicMakerRowType[]
}

const HANDLE_ATTEMPTS = 5

function handleSuffix(): string {
  return randomBytes(4).readUInt32BE(0).toString(36).padStart(4, "0").slice(-4)
}

/** Picks handles for the given stems that no public maker uses yet. */
async function freeHandles(producers: ProducerModuleService, stems: string[]): Promise<string[]> {
  const taken = new Set<string>()
  for (let attempt = 0; attempt < HANDLE_ATTEMPTS; attempt++) {
    const candidates = stems.map((stem) => `${stem}-${handleSuffix()}`)
    const unique = new Set(candidates)
    if (unique.size !== candidates.length) {
      continue
    }
    const clashes = await producers.listPublicMakers(
      { handle: candidates },
      { select: ["handle"], withDeleted: true }
    )
    clashes.forEach((clash) => clash.handle && taken.add(clash.handle))
    if (candidates.every((candidate) => !taken.has(candidate))) {
      return candidates
    }
  }
  throw new Error("Could not find a free public maker handle")
}

/**
 * Brings makers' `public_maker` projections in line with their private records: creates the
 * missing ones, rewrites the others. A handle is given when the maker consents and kept while
 * consent lasts, so links and hang-tag QR codes stay valid when a name is corrected.
 */
export const syncPublicMakersStep = createStep(
  "sync-public-makers",
  async (input: SyncPublicMakersStepInput, { container }) => {
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    if (!input.maker_ids.length) {
      return new StepResponse([], { created_ids: [], previous: [] } as CompensationType)
    }
    const makers = await producers.listMakers({ id: input.maker_ids }, { relations: ["group"] })
    const existing = await producers.listPublicMakers({ maker_id: makers.map((maker) => maker.id) })
    const existingByMaker = new Map(existing.map((row) => [row.maker_id, row]))

    const rows = makers.map((maker) => {
      const previous = existingByMaker.get(maker.id)
      const projection = projectPublicMaker(maker, maker.group.name)
      const handle = projection.has_public_profile ? previous?.handle ?? null : null
      return { maker, previous, projection, handle }
    })
    const needHandles = rows.filter((row) => row.projection.has_public_profile && !row.handle)
    const handles = await freeHandles(
      producers,
      needHandles.map((row) => makerHandleStem(makerFullName(row.maker)))
    )
    needHandles.forEach((row, index) => {
      row.handle = handles[index]
    })

    const toCreate = rows
      .filter((row) => !row.previous)
      .map((row) => ({ ...row.projection, handle: row.handle, group_id: row.maker.group.id }))
    const toUpdate = rows
      .filter((row) => row.previous)
      .map((row) => ({ ...row.projection, handle: row.handle, id: row.previous!.id }))

    const created = toCreate.length ? await producers.createPublicMakers(toCreate) : []
    const updated = toUpdate.length ? await producers.updatePublicMakers(toUpdate) : []

    const compensation: CompensationType = {
      created_ids: created.map((row) => row.id),
      previous: rows.flatMap((row) =>
        row.previous
          ? [
              {
                id: row.previous.id,
                maker_id: row.previous.maker_id,
                handle: row.previous.handle,
                display_name: row.previous.display_name,
                story: row.previous.story,
                portrait_url: row.previous.portrait_url,
                crafts: row.previous.crafts,
                is_living_human_treasure: row.previous.is_living_human_treasure,
                lht_year: row.previous.lht_year,
                has_public_profile: row.previous.has_public_profile,
                is_retired: row.previous.is_retired,
              },
            ]
          : []
      ),
    }
    return new StepResponse([...created, ...updated], compensation)
  },
  async (compensation, { container }) => {
    if (!compensation) {
      return
    }
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    if (compensation.created_ids.length) {
      await producers.deletePublicMakers(compensation.created_ids)
    }
    if (compensation.previous.length) {
      await producers.updatePublicMakers(compensation.previous)
    }
  }
)
