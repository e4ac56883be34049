// The policy documents the catalogue and the standard sets cite, named once.
export const PROVINCE_PLAN = "《山东省建设全国乡村教育振兴先行区专项工作方案》（鲁政办字〔2022〕168号）";
export const BINZHOU_2023 = "滨州市教育局《2023年全国乡村教育振兴先行区建设专项工作重点任务清单》";
export const MOE_2017_DOC = "教督〔2017〕6号";
export const MOE_2017 = `《县域义务教育优质均衡发展督导评估办法》（${MOE_2017_DOC}）`;
export const MOE_2020_PRESCHOOL = "《县域学前教育普及普惠督导评估办法》（教育部，2020年）";
export const SHANDONG_STANDARD_2016 = "《山东省普通中小学校办学条件标准》（2016年）";
export const MONTHLY_DISPATCH = "乡村教育振兴先行区建设重点任务定期调度（各市季度/月调度表）";
