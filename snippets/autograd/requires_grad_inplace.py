import torch

x = torch.arange(4.0)
print(x.requires_grad)
#> False

# 方法名末尾的下划线表示“原地修改”：改的就是 x 本身，并把 x 返回
returned = x.requires_grad_(True)
print(returned is x)
#> True
print(x.requires_grad)
#> True

# 打印时多出的 requires_grad=True 说明 PyTorch 会记录对 x 的运算
print(x)
#> tensor([0., 1., 2., 3.], requires_grad=True)
