// Demo accounts: the province's staff and leader; per city an admin, staff and a leader; an officer per county; in the showcase counties a county
// leader and a principal.
import { SHANDONG_PROVINCE_CODE } from "@/lib/divisions/shandong";
import type { DemoDataset } from "./dataset";

/** Counties whose officers, leaders and one principal appear in the README's demo logins. */
export const SHOWCASE_COUNTIES: Record<string, string> = {
  jinan: "shanghe",
  binzhou: "huimin",
  weifang: "qingzhou",
};

/** The province's demo accounts: they read every city of the data set (docs/decisions/0038). */
export const PROVINCE_LOGINS = ["shandong.staff", "shandong.leader"] as const;

export function generateUsers(data: DemoDataset): void {
  for (const city of data.cities) {
    data.users.push(
      {
        loginName: `${city.slug}.admin`,
        displayName: `${city.name}系统管理员`,
        role: "ADMIN",
        cityId: city.id,
        countyId: null,
        schoolId: null,
      },
      {
        loginName: `${city.slug}.staff`,
        displayName: `${city.name}教育局科员`,
        role: "CITY_STAFF",
        cityId: city.id,
        countyId: null,
        schoolId: null,
      },
      {
        loginName: `${city.slug}.leader`,
        displayName: `${city.name}教育局领导`,
        role: "LEADER",
        cityId: city.id,
        countyId: null,
        schoolId: null,
      },
    );
    for (const county of data.counties.filter((c) => c.cityId === city.id)) {
      data.users.push({
        loginName: `${city.slug}.${county.slug}`,
        displayName: `${county.name}教体局填报员`,
        role: "COUNTY_OFFICER",
        cityId: city.id,
        countyId: county.id,
        schoolId: null,
      });
      if (SHOWCASE_COUNTIES[city.slug] === county.slug) {
        data.users.push({
          loginName: `${city.slug}.${county.slug}.leader`,
          displayName: `${county.name}教体局领导`,
          role: "LEADER",
          cityId: city.id,
          countyId: county.id,
          schoolId: null,
        });
        // A rural town-seat school: the principal's view is the interesting one.
        const school =
          data.schools.find((s) => s.countyId === county.id && s.isTownSeat && s.level === "PRIMARY") ??
          data.schools.find((s) => s.countyId === county.id);
        if (school) {
          data.users.push({
            loginName: `${city.slug}.principal`,
            displayName: `${school.name}校长`,
            role: "SCHOOL_PRINCIPAL",
            cityId: city.id,
            countyId: county.id,
            schoolId: school.id,
          });
        }
      }
    }
  }
  // Last, so that the city accounts keep their ids.
  data.users.push(
    {
      loginName: PROVINCE_LOGINS[0],
      displayName: "山东省教育厅科员",
      role: "PROVINCE_STAFF",
      provinceCode: SHANDONG_PROVINCE_CODE,
      cityId: null,
      countyId: null,
      schoolId: null,
    },
    {
      loginName: PROVINCE_LOGINS[1],
      displayName: "山东省教育厅领导",
      role: "PROVINCE_LEADER",
      provinceCode: SHANDONG_PROVINCE_CODE,
      cityId: null,
      countyId: null,
      schoolId: null,
    },
  );
}
