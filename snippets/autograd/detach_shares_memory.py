import torch

x = torch.arange(4.0, requires_grad=True)
y = x * x
u = y.detach()

# u 不记录梯度，也没有 grad_fn：它脱离了计算图
print(u.requires_grad)
#> False
print(u.grad_fn)
#> None

# 但数据没有复制：两者从同一个内存地址开始
print(u.data_ptr() == y.data_ptr())
#> True

# 所以原地修改 u，y 也跟着变
u[0] = 100.0
print(y)
#> tensor([100.,   1.,   4.,   9.], grad_fn=<MulBackward0>)
