// Traditional Chinese (Taiwan, Hong Kong) folded to simplified characters, so the one Chinese table in cjk-stage.ts
// reads both. Each traditional character maps to one simplified character (a code unit for a code unit), so a folded
// text keeps every offset of the original. Only characters that differ are listed (common hiring mail's, written as
// pairs and checked against OpenCC's Taiwan- and Hong-Kong-to-mainland tables); the rest stay as they are. Japanese, which shares many
// of these forms (職, 試, 選), is never folded: a text with kana is left alone.

/** Traditional forms, one per position of SIMPLIFIED. */
const TRADITIONAL =
  '錄應徵職試請謝歡參與選擇個們這為會來時間問題電話郵發給從對過還將經驗歷簡單學業務員專門處長總監導師設計開關係統資' +
  '訊網絡聯繫約談議機構團隊隨後復確認訂變動線視頻筆測評審決結遺無沒暫難適條報僱獵頭顧興遞輪篩閉滿崗稱級內負責辦續當' +
  '該項準備攜帶證書場號樓區點體現實際優勢裡麼嗎讓說識見觀規劃屬據傳達運營銷貨買賣獲親愛順啟誠摯練習課紀週預臺灣幣萬' +
  '億產廠術藝創廣語質醫療護藥車輛鐵銀風險財稅濟貿綜圖館園環兒庫軟頁雲數維擴張錯誤則須細節詢詳蓋歸檔協調薦獎勵補貼績' +
  '勞讀寫聽謂論盡儘緣囑託諾屆畢歲齡額顯聲樂眾廳飲飯戶獨檢組織鄉鎮縣國層築裝飾燈氣熱煉鋼礦紡絲衛東陳劉黃楊趙吳孫馬許' +
  '鄧馮韓蔣蕭葉閻錢譚賴龍盧鍾蘇範湯羅鄒賈韋錦偉華穎鳳潔靜麗輝軍傑強紅詩懷寧儀凱鵬濤閱佈徑衝嚴齊擬覽聞態慮慣戰樣標簽' +
  '極燒邊遠遲鄰釋鬆麥齒價儲兩冊劑勁勝厲嘗圓壞壽夠夢奮婦嬰寬寶尋嶺幫廢彈彥徹恆惡惱慶憂懇懸戲掃換揮損搖擁擊擔擠擾攝敗' +
  '敘斷晉曉曆桿棄槍樞權歐殘殺毀沖溝減滅漢潤濕災煙爐爭狀猶獻畫異疊盜盤矯礙祿禮禪種積穩窮競籃糧糾紙紛終絕綁綠緊緩編緯' +
  '縮繼罰罷肅脅脫腦膽臉舉舊艙艱藍蟲製複襲覺觸記訪訴診詞誌諮講譯讚豐貝貢販貴費賀賓賞賽購贈趕跡踐軌較載輔輕輸轉農連進' +
  '遊違遷針鈔鋒鍵鎖鏈鐘鑑閃閒閣闆闊陣陽階隱雙雜雞離靈韻響頂領顏願類飛養餘驚髮鬥魚鳥鹽黨喚囉執堅塊塗墊壓壯傷僅僑償凍' +
  '別劇劍匯卻厭雖嘆噸嚇圍壘夾奪妝娛婁媽寢漁濱瀏爺牆玀瑣瓊癒皺碼磚礎祕禍穀窩竊筍籌籤粵緒繪纖罈罵義翹聖聰腎膚臨艦艷莊' +
  '蔥薑蘭蠟褲討訓訝誕誘誼謀謹譜豬貓貞賠賢賬贊贏趨躍辭鄭醬釀鉛銅鍋鏡鑰闖陰陸隸霧頓頒頗頸顆颱饋駐駕騎騰驅髒魯鮮鴻攤敵' +
  '斂於曬棧櫃櫻殼毆氈況淚淨淺渦湧溫滯滲漲潛澀濃濫瀉瀟灑灘爛犧瑤璽畝瘋癡皚盞穌窯簾籠紮紹絨綱綿緋締縫繞繩繳纜聳脈腳膠' +
  '臟蘋虛蝦蠶衆襪覓訃訖詐詠誇謊謠譽豎貳賦賭贖蹤軸輩轟辯遙醜釘鈕鉤銳錨鍛鎊鐸閑闡隴隻雛韌頌顛颳餅餵饑騙騷驕鬧鬱鯨鴨鵝' +
  '鷹麵黴齋戀揚撐擺攏暢暈曠朧檯櫥歎殲涼漿澤濾瀝烏煩燉燭牽犢獄獅瑪甕疇瘡瘧皰盃睜瞞矚碩磯禿稈穢窺竅篤糞紐紗絃綴緝縱繃' +
  '繽纏罌羨聶脹膩臥艤莖葦蓮蔔蕩藹蘆虜蛻蝕螞蠻衊襖覲訛訟詛詭誣諧謎譏豈貫賤贓蹌軀輯轎遜醞釣鈍銜鋪錘鍍鏽鑄闌陘隕雋霽靂' +
  '頹顫颯餓饒駁駭驟髏鬢鯉鳴鶯鹼黷齜佇兌剛勻匱厙嗆嘍噴壇夥奧嬋屜岡峽嶄巔帥廂廬弔彌徠悅惻慚慘憐懲懶戇拋挾捨揀搶撥攪斃' +
  '暉曇檳歟殤氫汙洩渙湊滬漬潑澇濘爍牘猙瑋癟盪睏矇碭禎稟窪筧篋絆綢緞縛繭纍翬聹膿荊蒼薈蘊蟬蠣衚裊覈訌詆誅諱謁譙貶賄贅' +
  '趲踴躪軋輟轂迴鄺釁鈞銬鋸錶鐲鑲閘闔陝霑靦頰顱颶飴饞駝騾驢髖鬨鯽鴿鶴鹹黽齷' +
  '呂閆龔喬龐駱鮑繆竇閔鄔欒鞏諶藺闞諸説爲綫裏啓衞';
/** Their simplified forms, position for position. */
const SIMPLIFIED =
  '录应征职试请谢欢参与选择个们这为会来时间问题电话邮发给从对过还将经验历简单学业务员专门处长总监导师设计开关系统资' +
  '讯网络联系约谈议机构团队随后复确认订变动线视频笔测评审决结遗无没暂难适条报雇猎头顾兴递轮筛闭满岗称级内负责办续当' +
  '该项准备携带证书场号楼区点体现实际优势里么吗让说识见观规划属据传达运营销货买卖获亲爱顺启诚挚练习课纪周预台湾币万' +
  '亿产厂术艺创广语质医疗护药车辆铁银风险财税济贸综图馆园环儿库软页云数维扩张错误则须细节询详盖归档协调荐奖励补贴绩' +
  '劳读写听谓论尽尽缘嘱托诺届毕岁龄额显声乐众厅饮饭户独检组织乡镇县国层筑装饰灯气热炼钢矿纺丝卫东陈刘黄杨赵吴孙马许' +
  '邓冯韩蒋萧叶阎钱谭赖龙卢钟苏范汤罗邹贾韦锦伟华颖凤洁静丽辉军杰强红诗怀宁仪凯鹏涛阅布径冲严齐拟览闻态虑惯战样标签' +
  '极烧边远迟邻释松麦齿价储两册剂劲胜厉尝圆坏寿够梦奋妇婴宽宝寻岭帮废弹彦彻恒恶恼庆忧恳悬戏扫换挥损摇拥击担挤扰摄败' +
  '叙断晋晓历杆弃枪枢权欧残杀毁冲沟减灭汉润湿灾烟炉争状犹献画异叠盗盘矫碍禄礼禅种积稳穷竞篮粮纠纸纷终绝绑绿紧缓编纬' +
  '缩继罚罢肃胁脱脑胆脸举旧舱艰蓝虫制复袭觉触记访诉诊词志咨讲译赞丰贝贡贩贵费贺宾赏赛购赠赶迹践轨较载辅轻输转农连进' +
  '游违迁针钞锋键锁链钟鉴闪闲阁板阔阵阳阶隐双杂鸡离灵韵响顶领颜愿类飞养余惊发斗鱼鸟盐党唤啰执坚块涂垫压壮伤仅侨偿冻' +
  '别剧剑汇却厌虽叹吨吓围垒夹夺妆娱娄妈寝渔滨浏爷墙猡琐琼愈皱码砖础秘祸谷窝窃笋筹签粤绪绘纤坛骂义翘圣聪肾肤临舰艳庄' +
  '葱姜兰蜡裤讨训讶诞诱谊谋谨谱猪猫贞赔贤账赞赢趋跃辞郑酱酿铅铜锅镜钥闯阴陆隶雾顿颁颇颈颗台馈驻驾骑腾驱脏鲁鲜鸿摊敌' +
  '敛于晒栈柜樱壳殴毡况泪净浅涡涌温滞渗涨潜涩浓滥泻潇洒滩烂牺瑶玺亩疯痴皑盏稣窑帘笼扎绍绒纲绵绯缔缝绕绳缴缆耸脉脚胶' +
  '脏苹虚虾蚕众袜觅讣讫诈咏夸谎谣誉竖贰赋赌赎踪轴辈轰辩遥丑钉钮钩锐锚锻镑铎闲阐陇只雏韧颂颠刮饼喂饥骗骚骄闹郁鲸鸭鹅' +
  '鹰面霉斋恋扬撑摆拢畅晕旷胧台橱叹歼凉浆泽滤沥乌烦炖烛牵犊狱狮玛瓮畴疮疟疱杯睁瞒瞩硕矶秃秆秽窥窍笃粪纽纱弦缀缉纵绷' +
  '缤缠罂羡聂胀腻卧舣茎苇莲卜荡蔼芦虏蜕蚀蚂蛮蔑袄觐讹讼诅诡诬谐谜讥岂贯贱赃跄躯辑轿逊酝钓钝衔铺锤镀锈铸阑陉陨隽霁雳' +
  '颓颤飒饿饶驳骇骤髅鬓鲤鸣莺碱黩龇伫兑刚匀匮厍呛喽喷坛伙奥婵屉冈峡崭巅帅厢庐吊弥徕悦恻惭惨怜惩懒戆抛挟舍拣抢拨搅毙' +
  '晖昙槟欤殇氢污泄涣凑沪渍泼涝泞烁牍狰玮瘪荡困蒙砀祯禀洼笕箧绊绸缎缚茧累翚聍脓荆苍荟蕴蝉蛎胡袅核讧诋诛讳谒谯贬贿赘' +
  '趱踊躏轧辍毂回邝衅钧铐锯表镯镶闸阖陕沾腼颊颅飓饴馋驼骡驴髋哄鲫鸽鹤咸黾龌' +
  '吕闫龚乔庞骆鲍缪窦闵邬栾巩谌蔺阚诸说为线里启卫';

const FOLD: ReadonlyMap<string, string> = new Map([...TRADITIONAL].map((t, i) => [t, SIMPLIFIED.charAt(i)]));
const TRADITIONAL_CHAR = new RegExp(`[${TRADITIONAL}]`, 'u');
// Kana proper: not the middle dot ・ or the long-vowel mark ー, which Taiwan's and Hong Kong's mail uses for bullets.
const KANA = /[\u3041-\u3096\u309d-\u309f\u30a1-\u30fa\u30fd-\u30ff]/u;

/** Does the text hold Japanese kana (so it is Japanese, whatever kanji it shares with Chinese)? */
export function hasKana(text: string): boolean {
  return KANA.test(text);
}

/** Is the text Chinese in traditional characters (a traditional-only form, and no Japanese kana)? */
export function isTraditionalChinese(text: string): boolean {
  return TRADITIONAL_CHAR.test(text) && !KANA.test(text);
}

/** The text with each traditional character replaced by its simplified form (the same length, the same offsets). */
export function foldTraditional(text: string): string {
  let out = '';
  for (const ch of text) out += FOLD.get(ch) ?? ch;
  return out;
}

/** The text as the simplified tables read it: folded when it is traditional Chinese, else as it is. */
export function asSimplified(text: string): string {
  return isTraditionalChinese(text) ? foldTraditional(text) : text;
}
