package users;

import jakarta.annotation.Resource;

public abstract class BaseCleaner {

    @Resource
    protected UserMapper userMapper;
}
