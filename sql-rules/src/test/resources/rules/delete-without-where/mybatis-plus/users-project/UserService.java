package users;

import com.baomidou.mybatisplus.extension.service.IService;

public interface UserService extends IService<User> {
}
