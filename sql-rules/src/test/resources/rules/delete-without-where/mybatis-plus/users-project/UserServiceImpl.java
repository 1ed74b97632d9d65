package users;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.baomidou.mybatisplus.extension.service.impl.ServiceImpl;
import java.util.List;
import org.springframework.stereotype.Service;

/** Calls the methods it inherits from ServiceImpl. */
@Service
public class UserServiceImpl extends ServiceImpl<UserMapper, User> implements UserService {

    public void purge() {
        remove(null); // expect: delete-without-where "`remove(null)` deletes every row of the table of `User`"
        this.remove(Wrappers.emptyWrapper()); // expect: delete-without-where "`this.remove(Wrappers.emptyWrapper())`"
        baseMapper.delete(null); // expect: delete-without-where "`baseMapper.delete(null)` deletes every row of the table of `User`"
        getBaseMapper().delete(null); // expect: delete-without-where "`getBaseMapper().delete(null)`"
    }

    public void purgeSome(List<Long> ids) {
        removeById(1L); // clean: by id
        removeByIds(ids); // clean: by ids
        remove(Wrappers.<User>lambdaQuery().eq(User::getDisabled, true)); // clean: a condition
        baseMapper.deleteBatchIds(ids); // clean: by ids
    }
}
