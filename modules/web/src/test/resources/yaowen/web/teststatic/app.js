console.log("测试");
