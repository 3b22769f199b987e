import { labelOf, PROVINCES } from "@sipakam/shared"
import { useQueryClient } from "@tanstack/react-query"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import {
  moveItem,
  PROFILE_PHOTOS_MAX,
  StudioContactsSchema,
  StudioStorySchema,
  textOrNull,
  useUpdateProfile,
  type StudioContactsType,
  type StudioGroupProfileType,
  type StudioStoryType,
} from "@/features/studio/api/profile"
import { STUDIO_ME_QUERY_KEY } from "@/features/studio/api/session"
import { PhotoPickButton, PhotoUploadStatus } from "@/features/studio/components/photo-pick"
import { fieldErrors, StudioTextField } from "@/features/studio/components/studio-field"
import { useStudioMe } from "@/features/studio/components/studio-me"
import { StudioPageTitle, studioSecondaryButtonClass } from "@/features/studio/components/studio-ui"
import { useKeptDraft } from "@/features/studio/components/use-kept-draft"
import { usePhotoUpload } from "@/features/studio/components/use-photo-upload"
import { PayoutCard } from "@/features/studio/profile/payout-card"
import { ProfileCard } from "@/features/studio/profile/profile-card"
import { currentLanguage } from "@/lib/i18n"
import { photoSrcSet } from "@/lib/photo-sizes"

/** The group as the studio has it, with the story's Khmer translation the backend answers. */
function useGroupProfile(): StudioGroupProfileType {
  return useStudioMe().group as StudioGroupProfileType
}

const storyOf = (group: StudioGroupProfileType): StudioStoryType => ({
  story: group.story ?? "",
  storyKm: group.story_km ?? "",
})

function StoryCard() {
  const { t } = useTranslation("studio")
  const group = useGroupProfile()
  const draft = useKeptDraft("profile:story", storyOf(group))
  const save = useUpdateProfile()
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [saved, setSaved] = useState(false)
  const error = (field: string) => (errors[field] ? t(`profile.errors.${errors[field]}` as "profile.errors.tooLong") : undefined)
  const set = (field: keyof StudioStoryType) => (value: string) => {
    setSaved(false)
    draft.update((current) => ({ ...current, [field]: value }))
  }
  return (
    <ProfileCard
      title={t("profile.story.title")}
      intro={t("profile.story.intro")}
      saveLabel={t("profile.story.save")}
      saving={save.isPending}
      saved={saved && !save.isPending}
      error={save.error}
      kept={draft.kept}
      onDiscard={() => draft.forget(storyOf(group))}
      onSave={() => {
        const parsed = StudioStorySchema.safeParse(draft.value)
        if (!parsed.success) return setErrors(fieldErrors(parsed.error.issues))
        setErrors({})
        save.mutate(
          { story: textOrNull(draft.value.story), story_km: textOrNull(draft.value.storyKm) },
          {
            onSuccess: (me) => {
              draft.forget(storyOf(me.group as StudioGroupProfileType))
              setSaved(true)
            },
          }
        )
      }}
    >
      <StudioTextField
        name="storyKm"
        label={t("profile.story.khmer")}
        hint={t("profile.story.khmerHint")}
        value={draft.value.storyKm}
        onChange={set("storyKm")}
        error={error("storyKm")}
        lang="km"
        multiline
      />
      <StudioTextField
        name="story"
        label={t("profile.story.english")}
        hint={t("profile.story.englishHint")}
        value={draft.value.story}
        onChange={set("story")}
        error={error("story")}
        lang="en"
        multiline
      />
    </ProfileCard>
  )
}

type ImagesType = { photos: string[]; logoUrl: string }

const imagesOf = (group: StudioGroupProfileType): ImagesType => ({
  photos: group.photos ?? [],
  logoUrl: group.logo_url ?? "",
})

function Photo({ url, alt, className }: { url: string; alt: string; className: string }) {
  return (
    <img
      src={url}
      srcSet={photoSrcSet(url)}
      sizes="160px"
      alt={alt}
      loading="lazy"
      decoding="async"
      className={`${className} bg-stone-100 object-cover`}
    />
  )
}

function PhotosCard() {
  const { t } = useTranslation("studio")
  const group = useGroupProfile()
  const draft = useKeptDraft("profile:images", imagesOf(group))
  const save = useUpdateProfile()
  const [saved, setSaved] = useState(false)
  const change = (update: (current: ImagesType) => ImagesType) => {
    setSaved(false)
    draft.update(update)
  }
  const photoUpload = usePhotoUpload((url) =>
    change((current) => ({ ...current, photos: [...current.photos, url].slice(0, PROFILE_PHOTOS_MAX) }))
  )
  const logoUpload = usePhotoUpload((url) => change((current) => ({ ...current, logoUrl: url })))
  const { photos, logoUrl } = draft.value
  const room = PROFILE_PHOTOS_MAX - photos.length
  return (
    <ProfileCard
      title={t("profile.photos.title")}
      intro={t("profile.photos.intro", { max: PROFILE_PHOTOS_MAX })}
      saveLabel={t("profile.photos.save")}
      saving={save.isPending}
      saved={saved && !save.isPending}
      error={save.error}
      kept={draft.kept}
      onDiscard={() => draft.forget(imagesOf(group))}
      disabled={photoUpload.busy || logoUpload.busy}
      onSave={() =>
        save.mutate(
          { photos, logo_url: logoUrl || null },
          {
            onSuccess: (me) => {
              draft.forget(imagesOf(me.group as StudioGroupProfileType))
              setSaved(true)
            },
          }
        )
      }
    >
      {photos.length ? (
        <ol className="space-y-3">
          {photos.map((url, index) => (
            <li key={url} className="flex items-center gap-3 rounded-lg border border-stone-200 p-2">
              <Photo url={url} alt={t("profile.photos.photoAlt", { number: index + 1 })} className="size-24 shrink-0 rounded-lg" />
              <div className="flex min-w-0 flex-1 flex-col gap-2">
                <span className="text-sm font-semibold text-stone-800">
                  {index === 0 ? t("profile.photos.first") : t("profile.photos.number", { number: index + 1 })}
                </span>
                <div className="flex flex-wrap gap-2">
                  <button
                    type="button"
                    disabled={index === 0}
                    onClick={() => change((current) => ({ ...current, photos: moveItem(current.photos, index, -1) }))}
                    className={`${studioSecondaryButtonClass} px-3`}
                    aria-label={t("profile.photos.earlierLabel", { number: index + 1 })}
                  >
                    {t("profile.photos.earlier")}
                  </button>
                  <button
                    type="button"
                    disabled={index === photos.length - 1}
                    onClick={() => change((current) => ({ ...current, photos: moveItem(current.photos, index, 1) }))}
                    className={`${studioSecondaryButtonClass} px-3`}
                    aria-label={t("profile.photos.laterLabel", { number: index + 1 })}
                  >
                    {t("profile.photos.later")}
                  </button>
                  <button
                    type="button"
                    onClick={() => change((current) => ({ ...current, photos: current.photos.filter((photo) => photo !== url) }))}
                    className={`${studioSecondaryButtonClass} px-3`}
                    aria-label={t("profile.photos.removeLabel", { number: index + 1 })}
                  >
                    {t("profile.photos.remove")}
                  </button>
                </div>
              </div>
            </li>
          ))}
        </ol>
      ) : (
        <p className="text-base text-stone-800">{t("profile.photos.none")}</p>
      )}
      {room > 0 ? (
        <PhotoPickButton multiple disabled={photoUpload.busy} onPick={(files) => photoUpload.pick(files.slice(0, room))} className="w-full">
          {t("profile.photos.add")}
        </PhotoPickButton>
      ) : (
        <p className="text-base text-stone-800">{t("profile.photos.full", { max: PROFILE_PHOTOS_MAX })}</p>
      )}
      <PhotoUploadStatus status={photoUpload.status} onRetry={photoUpload.retry} onCancel={photoUpload.cancel} />

      <h3 className="pt-2 text-lg font-semibold text-stone-950">{t("profile.logo.title")}</h3>
      <p className="text-sm text-stone-700">{t("profile.logo.hint")}</p>
      <div className="flex items-center gap-3">
        {logoUrl ? (
          <Photo url={logoUrl} alt={t("profile.logo.alt", { name: group.name })} className="size-24 shrink-0 rounded-full" />
        ) : (
          <span className="flex size-24 shrink-0 items-center justify-center rounded-full bg-stone-100 p-2 text-center text-sm text-stone-600">
            {t("profile.logo.none")}
          </span>
        )}
        <div className="flex flex-col gap-2">
          <PhotoPickButton disabled={logoUpload.busy} onPick={(files) => logoUpload.pick(files.slice(0, 1))}>
            {logoUrl ? t("profile.logo.change") : t("profile.logo.add")}
          </PhotoPickButton>
          {logoUrl ? (
            <button type="button" onClick={() => change((current) => ({ ...current, logoUrl: "" }))} className={studioSecondaryButtonClass}>
              {t("profile.logo.remove")}
            </button>
          ) : null}
        </div>
      </div>
      <PhotoUploadStatus status={logoUpload.status} onRetry={logoUpload.retry} onCancel={logoUpload.cancel} />
    </ProfileCard>
  )
}

const contactsOf = (group: StudioGroupProfileType): StudioContactsType => ({
  village: group.village ?? "",
  contactEmail: group.account?.contact_email ?? "",
  contactPhone: group.account?.contact_phone ?? "",
})

function ContactsCard() {
  const { t, i18n } = useTranslation("studio")
  const group = useGroupProfile()
  const draft = useKeptDraft("profile:contacts", contactsOf(group))
  const save = useUpdateProfile()
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [saved, setSaved] = useState(false)
  const error = (field: string) => (errors[field] ? t(`profile.errors.${errors[field]}` as "profile.errors.tooLong") : undefined)
  const set = (field: keyof StudioContactsType) => (value: string) => {
    setSaved(false)
    draft.update((current) => ({ ...current, [field]: value }))
  }
  const province = labelOf(PROVINCES, group.province, currentLanguage(i18n.language)) ?? group.province
  return (
    <ProfileCard
      title={t("profile.contacts.title")}
      intro={t("profile.contacts.intro")}
      saveLabel={t("profile.contacts.save")}
      saving={save.isPending}
      saved={saved && !save.isPending}
      error={save.error}
      kept={draft.kept}
      onDiscard={() => draft.forget(contactsOf(group))}
      onSave={() => {
        const parsed = StudioContactsSchema.safeParse(draft.value)
        if (!parsed.success) return setErrors(fieldErrors(parsed.error.issues))
        setErrors({})
        const { village, contactEmail, contactPhone } = draft.value
        save.mutate(
          { village: textOrNull(village), contact_email: textOrNull(contactEmail), contact_phone: textOrNull(contactPhone) },
          {
            onSuccess: (me) => {
              draft.forget(contactsOf(me.group as StudioGroupProfileType))
              setSaved(true)
            },
          }
        )
      }}
    >
      <p className="text-base text-stone-900">{t("profile.contacts.province", { province })}</p>
      <StudioTextField name="village" label={t("profile.contacts.village")} value={draft.value.village} onChange={set("village")} error={error("village")} />
      <StudioTextField
        name="contactPhone"
        label={t("profile.contacts.phone")}
        hint={t("profile.contacts.phoneHint")}
        value={draft.value.contactPhone}
        onChange={set("contactPhone")}
        error={error("contactPhone")}
        type="tel"
        inputMode="tel"
        autoComplete="tel"
      />
      <StudioTextField
        name="contactEmail"
        label={t("profile.contacts.email")}
        hint={t("profile.contacts.emailHint")}
        value={draft.value.contactEmail}
        onChange={set("contactEmail")}
        error={error("contactEmail")}
        type="email"
        inputMode="email"
        autoComplete="email"
      />
    </ProfileCard>
  )
}

/** The group's public profile and private account, each part saved on its own. */
export function ProfilePage() {
  const { t } = useTranslation("studio")
  const group = useGroupProfile()
  const client = useQueryClient()
  // The group as the backend has it now: the studio keeps `me` for minutes (and on the phone
  // between visits), but the payout account shown here must be the one Sipakam will pay.
  useEffect(() => {
    void client.invalidateQueries({ queryKey: STUDIO_ME_QUERY_KEY })
  }, [client])
  return (
    <div className="space-y-4">
      <StudioPageTitle>{t("profile.title")}</StudioPageTitle>
      <p className="text-base text-stone-800">{t("profile.intro", { name: group.name })}</p>
      <nav aria-label={t("profile.sections")} className="flex flex-wrap gap-2">
        {(["story", "photos", "contacts", "payout"] as const).map((section) => (
          <a key={section} href={`#profile-${section}`} className="inline-flex min-h-12 items-center rounded-lg border border-stone-300 bg-white px-3 font-semibold text-red-900">
            {t(`profile.${section}.title`)}
          </a>
        ))}
      </nav>
      <div id="profile-story" className="scroll-mt-20">
        <StoryCard />
      </div>
      <div id="profile-photos" className="scroll-mt-20">
        <PhotosCard />
      </div>
      <div id="profile-contacts" className="scroll-mt-20">
        <ContactsCard />
      </div>
      <div id="profile-payout" className="scroll-mt-20">
        <PayoutCard group={group} />
      </div>
    </div>
  )
}
