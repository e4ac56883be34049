import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { GroupForm } from "@/components/groups/group-form";
import { groupKindOptions } from "@/components/groups/group-kind-options";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/lib/auth/session";
import { getGroup } from "@/lib/data/groups/get-group";
import { idParam } from "@/lib/utils/route-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("groups"))("editTitle") };
}

export default async function EditGroupPage({ params }: PageProps<"/groups/[groupId]/edit">) {
  const user = await requirePagePermission("groups:manage");
  const groupId = idParam((await params).groupId);
  if (groupId === null) notFound();
  const [found, kinds, t] = await Promise.all([
    getGroup(user, groupId),
    groupKindOptions(),
    getTranslations("groups"),
  ]);
  // A dissolved group takes no more writes (dissolveGroup); its page shows it as it ended.
  if (!found || found.group.dissolvedOn) notFound();
  const { group, members } = found;
  // The core school is one of the current members (updateGroup refuses another).
  const coreSchools = members.filter((member) => member.isCurrent).map((member) => member.school);
  return (
    <>
      <PageHeader
        title={`${t("editTitle")} · ${group.name}`}
        actions={
          <Link href={`/groups/${group.id}`} className="text-sm text-brand-700 hover:underline">
            {t("backToGroup")}
          </Link>
        }
      />
      <GroupForm kinds={kinds} coreSchools={coreSchools} group={group} />
    </>
  );
}
